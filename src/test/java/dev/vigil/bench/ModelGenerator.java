package dev.vigil.bench;

/**
 * Writes synthetic but plausible models of a given size: tiers of web, service and data
 * components in a few zones, flows between tiers, people with access, dependencies. Deterministic
 * for a given size, so benchmark runs compare like with like.
 */
public final class ModelGenerator {

    private ModelGenerator() {
    }

    public static String generate(int components, int flows) {
        StringBuilder sb = new StringBuilder();
        sb.append("system: {id: synthetic-").append(components).append(", name: Synthetic ").append(components)
                .append(", criticality: high}\n");
        sb.append("zones:\n  - {id: dmz, kind: dmz, segmented: true}\n  - {id: app, kind: internal, segmented: true}\n")
                .append("  - {id: data, kind: restricted, segmented: true}\n  - {id: office, kind: internal}\n");
        sb.append("data:\n  - {id: pii, classification: confidential, categories: [personal]}\n")
                .append("  - {id: cards, classification: restricted, categories: [payment]}\n");
        sb.append("components:\n");
        for (int i = 0; i < components; i++) {
            switch (i % 4) {
                case 0 -> sb.append("  - {id: web").append(i).append(", type: web-application, zone: dmz, exposure: internet, processes: [pii]}\n");
                case 1 -> sb.append("  - {id: svc").append(i).append(", type: api-service, zone: app, attributes: [builds-queries]}\n");
                case 2 -> sb.append("  - {id: db").append(i).append(", type: relational-database, zone: data, stores: [")
                        .append(i % 8 == 2 ? "cards" : "pii").append("]}\n");
                default -> sb.append("  - {id: q").append(i).append(", type: message-broker, zone: app}\n");
            }
        }
        sb.append("flows:\n");
        for (int f = 0; f < flows; f++) {
            int from = (f * 7) % components;
            int to = (from + 1 + (f % 3)) % components;
            if (from == to) {
                to = (to + 1) % components;
            }
            sb.append("  - {id: f").append(f).append(", from: ").append(id(from)).append(", to: ").append(id(to))
                    .append(", protocol: ").append(f % 5 == 0 ? "http" : "https").append(", encrypted: ").append(f % 5 != 0)
                    .append("}\n");
        }
        sb.append("principals:\n  - {id: admins, kind: admin, headcount: 5}\n  - {id: devs, kind: developer, headcount: 30}\n");
        sb.append("access:\n");
        for (int i = 2; i < components; i += 16) {
            sb.append("  - {principal: admins, component: ").append(id(i)).append(", privilege: admin, path: vpn}\n");
            sb.append("  - {principal: devs, component: ").append(id(i - 1)).append(", privilege: write, path: vpn, mfa: true}\n");
        }
        sb.append("dependencies:\n  - {id: lib, kind: library, ecosystem: maven, version: '1.0', latest_version: '2.0', used_by: [")
                .append(id(1)).append("]}\n");
        sb.append("practices: {phishing_training: annual, mfa: admins, backups: {frequency: daily}}\n");
        return sb.toString();
    }

    private static String id(int i) {
        return switch (i % 4) {
            case 0 -> "web" + i;
            case 1 -> "svc" + i;
            case 2 -> "db" + i;
            default -> "q" + i;
        };
    }
}
