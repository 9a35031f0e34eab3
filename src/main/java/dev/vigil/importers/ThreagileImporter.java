package dev.vigil.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Threagile YAML → Vigil. Technical assets become components, data assets data, communication
 * links flows, trust boundaries zones, shared runtimes shared hosting, and the individual risks
 * the team recorded notes. Mapping tables: docs/importers.md.
 */
final class ThreagileImporter {

    static final Map<String, String> TECHNOLOGIES = Map.ofEntries(
            Map.entry("browser", "browser"), Map.entry("desktop", "workstation"), Map.entry("client-system", "workstation"),
            Map.entry("devops-client", "workstation"), Map.entry("mobile-app", "mobile-app"),
            Map.entry("web-server", "web-application"), Map.entry("web-application", "web-application"), Map.entry("cms", "web-application"),
            Map.entry("application-server", "backend-service"), Map.entry("ejb", "backend-service"),
            Map.entry("batch-processing", "backend-service"), Map.entry("event-listener", "backend-service"),
            Map.entry("scheduler", "backend-service"), Map.entry("task", "backend-service"), Map.entry("service-registry", "backend-service"),
            Map.entry("web-service-rest", "api-service"), Map.entry("web-service-soap", "api-service"),
            Map.entry("database", "relational-database"), Map.entry("identity-store-database", "relational-database"),
            Map.entry("file-server", "file-server"), Map.entry("local-file-system", "file-server"),
            Map.entry("search-index", "search-engine"), Map.entry("search-engine", "search-engine"),
            Map.entry("reverse-proxy", "load-balancer"), Map.entry("load-balancer", "load-balancer"), Map.entry("gateway", "api-gateway"),
            Map.entry("build-pipeline", "ci-cd-server"), Map.entry("sourcecode-repository", "source-repository"),
            Map.entry("artifact-registry", "artifact-registry"), Map.entry("monitoring", "logging-platform"),
            Map.entry("ldap-server", "directory-service"), Map.entry("identity-store-ldap", "directory-service"),
            Map.entry("identity-provider", "identity-provider"), Map.entry("container-platform", "kubernetes-cluster"),
            Map.entry("function", "serverless-function"), Map.entry("message-queue", "message-broker"),
            Map.entry("stream-processing", "message-broker"), Map.entry("data-lake", "data-warehouse"),
            Map.entry("big-data-platform", "data-warehouse"), Map.entry("mail-server", "email-service"),
            Map.entry("vault", "secrets-vault"), Map.entry("hsm", "key-management-service"), Map.entry("mainframe", "legacy-server"));

    /** Threagile protocol → Vigil protocol; "-encrypted" variants map like their plain form. */
    static final Map<String, String> PROTOCOLS = Map.ofEntries(
            Map.entry("http", "http"), Map.entry("https", "https"), Map.entry("ws", "http"), Map.entry("wss", "https"),
            Map.entry("reverse-proxy-web-protocol", "http"), Map.entry("jdbc", "sql"), Map.entry("odbc", "sql"),
            Map.entry("sql-access-protocol", "sql"), Map.entry("ssh", "ssh"), Map.entry("ssh-tunnel", "ssh"), Map.entry("scp", "ssh"),
            Map.entry("smtp", "smtp"), Map.entry("ftp", "ftp"), Map.entry("ftps", "ftp"), Map.entry("sftp", "sftp"),
            Map.entry("ldap", "ldap"), Map.entry("ldaps", "ldaps"), Map.entry("nfs", "nfs"), Map.entry("smb", "smb"),
            Map.entry("binary", "tcp"), Map.entry("text", "tcp"), Map.entry("jms", "amqp"), Map.entry("iiop", "tcp"),
            Map.entry("rmi", "tcp"));

    /** Threagile technologies whose work is fetching content from URLs (a CMS pulling remote media, a report engine rendering pages). */
    private static final Set<String> FETCHERS = Set.of("cms", "report-engine");

    private static final Set<String> ENCRYPTED = Set.of("https", "wss", "ssh", "ssh-tunnel", "scp", "sftp", "ftps", "ldaps");

    static final Map<String, String> AUTHENTICATION = Map.of("none", "none", "credentials", "password", "session-id", "token",
            "token", "token", "client-certificate", "mtls", "two-factor", "mfa");

    private static final Map<String, String> CONFIDENTIALITY = Map.of("public", "public", "internal", "internal",
            "restricted", "confidential", "confidential", "confidential", "strictly-confidential", "restricted");

    private static final Map<String, String> CRITICALITY = Map.of("archive", "low", "operational", "medium",
            "important", "high", "critical", "critical", "mission-critical", "critical");

    private static final Map<String, Long> QUANTITY = Map.of("very-few", 10L, "few", 1_000L, "many", 100_000L, "very-many", 10_000_000L);

    /** Vigil's authentication values from weakest to strongest: a component is as strong as its weakest way in. */
    private static final List<String> STRENGTH = List.of("none", "password", "api-key", "token", "sso", "mfa", "mtls");

    private final Ctx ctx;
    private final Doc doc = new Doc();
    private final Map<String, String> dataIds = new HashMap<>();
    private final Map<String, In> assets = new LinkedHashMap<>();
    private final Map<String, String> assetIds = new HashMap<>();
    private final Map<String, String> zoneOf = new HashMap<>();
    private final Map<String, String> hostingOf = new HashMap<>();
    /** Asset id → the type of the trust boundary it is inside. */
    private final Map<String, String> boundaryTypeOf = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<Boolean, String> unbounded = new HashMap<>();
    private int ratedData;

    ThreagileImporter(Ctx ctx) {
        this.ctx = ctx;
    }

    Doc map(In root) {
        system(root);
        root.fields("data_assets").forEach((title, a) -> dataAsset(title, a));
        if (ratedData > 0) {
            root.get("data_assets").warn("the integrity and availability ratings of " + ratedData
                    + " data asset(s) have no Vigil field (Vigil rates data by confidentiality); not mapped");
        }
        root.fields("technical_assets").forEach((title, a) -> {
            String id = a.text("id");
            if (id == null) {
                a.get("id").problem("a technical asset needs an id");
            } else if (assets.putIfAbsent(id, a) != null) {
                a.get("id").problem("technical asset id '" + id + "' is used twice");
            } else {
                assetIds.put(id, doc.ids.claim(id, "asset"));
                titles.put(id, title);
            }
        });
        zones(root);
        sharedRuntimes(root);
        Map<String, List<String>> inbound = new HashMap<>();
        assets.forEach((id, a) -> links(id, a, inbound));
        assets.forEach((id, a) -> component(id, a, inbound.getOrDefault(id, List.of())));
        exposeReceiversOfTheInternet();
        risks(root);
        notMapped(root);
        return doc;
    }

    private void system(In root) {
        String summary = root.get("business_overview").text("description");
        doc.system(root.text("title"), "Threagile model", root.get("author").text("name"),
                summary == null ? root.text("management_summary_comment") : summary);
        String criticality = root.text("business_criticality");
        if (criticality != null) {
            doc.system.put("criticality", mapped(root.get("business_criticality"), CRITICALITY, criticality, "medium"));
        }
    }

    private void dataAsset(String title, In a) {
        String id = a.text("id");
        if (id == null) {
            a.get("id").problem("a data asset needs an id");
            return;
        }
        String vigilId = doc.ids.claim(id, "data");
        dataIds.put(id, vigilId);
        Map<String, Object> d = Doc.element(vigilId, title);
        d.put("classification", mapped(a.get("confidentiality"), CONFIDENTIALITY, a.text("confidentiality", "internal"), "internal"));
        List<String> categories = Vocab.categories(title + " " + id);
        if (!categories.isEmpty()) {
            d.put("categories", categories);
            a.warn("categories " + categories + " guessed from the name; check them");
        }
        String quantity = a.text("quantity");
        if (quantity != null && QUANTITY.containsKey(quantity)) {
            d.put("records", QUANTITY.get(quantity));
        }
        if (a.text("integrity") != null || a.text("availability") != null) {
            ratedData++;
        }
        doc.data.add(d);
    }

    /** Trust boundaries → zones; assets inside none go to an internet zone (internet: true) or an unbounded internal one. */
    private void zones(In root) {
        Map<String, String> zoneIds = new LinkedHashMap<>();
        Map<String, In> boundaries = new LinkedHashMap<>();
        Map<String, String> boundaryTitles = new HashMap<>();
        root.fields("trust_boundaries").forEach((title, b) -> {
            String id = b.text("id");
            if (id == null) {
                b.get("id").problem("a trust boundary needs an id");
                return;
            }
            if (boundaries.putIfAbsent(id, b) != null) {
                b.get("id").problem("trust boundary id '" + id + "' is used twice");
                return;
            }
            zoneIds.put(id, doc.ids.claim(id, "zone"));
            boundaryTitles.put(id, title);
        });
        Map<String, String> parents = new HashMap<>();
        boundaries.forEach((id, b) -> {
            for (In nested : b.get("trust_boundaries_nested").items()) {
                String child = nested.text();
                if (child != null && !zoneIds.containsKey(child)) {
                    nested.problem("no trust boundary with id '" + child + "' exists." + dev.vigil.model.io.Names.didYouMean(child, zoneIds.keySet()));
                } else if (child != null && parents.putIfAbsent(child, id) != null && !parents.get(child).equals(id)) {
                    nested.problem("trust boundary '" + child + "' is nested in both '" + parents.get(child) + "' and '" + id + "'");
                }
            }
        });
        boundaries.forEach((id, b) -> {
            if (cycle(id, parents)) {
                b.get("trust_boundaries_nested").problem("trust boundary '" + id + "' is nested inside itself");
                parents.remove(id);
            }
        });
        boundaries.forEach((id, b) -> zone(id, boundaryTitles.get(id), b, zoneIds, parents));
    }

    private static boolean cycle(String id, Map<String, String> parents) {
        Set<String> seen = new LinkedHashSet<>();
        for (String z = id; z != null; z = parents.get(z)) {
            if (!seen.add(z)) {
                return z.equals(id);
            }
        }
        return false;
    }

    private void zone(String id, String title, In b, Map<String, String> zoneIds, Map<String, String> parents) {
        String type = b.text("type", "network-on-prem");
        Map<String, Object> z = Doc.element(zoneIds.get(id), title);
        z.put("kind", zoneKind(id, type, b));
        if (parents.containsKey(id)) {
            z.put("parent", zoneIds.get(parents.get(id)));
        }
        // namespaces isolated by network policy are segmented; an execution environment is a runtime, not a
        // network (what shares it is shared hosting, link-shared-hosting's), so it puts no hosts side by side
        if (type.equals("network-policy-namespace-isolation") || type.equals("execution-environment")) {
            z.put("segmented", true);
        }
        doc.zones.add(z);
        String hosting = type.startsWith("network-cloud") ? "cloud" : type.equals("network-dedicated-hoster") ? "colocation" : "on-premises";
        for (In inside : b.get("technical_assets_inside").items()) {
            if (inside.text() != null) {
                boundaryTypeOf.putIfAbsent(inside.text(), type);
            }
        }
        for (In inside : b.get("technical_assets_inside").items()) {
            String asset = inside.text();
            if (asset == null) {
                continue;
            }
            if (!assets.containsKey(asset)) {
                inside.problem("no technical asset with id '" + asset + "' exists." + dev.vigil.model.io.Names.didYouMean(asset, assets.keySet()));
            } else if (zoneOf.containsKey(asset) && !zoneOf.get(asset).equals(zoneIds.get(id))) {
                inside.warn("technical asset '" + asset + "' is inside several trust boundaries; kept in the first, " + zoneOf.get(asset));
            } else {
                zoneOf.put(asset, zoneIds.get(id));
                hostingOf.putIfAbsent(asset, hosting);
            }
        }
    }

    private static String zoneKind(String id, String type, In b) {
        if (id.toLowerCase(java.util.Locale.ROOT).contains("dmz")) {
            return "dmz";
        }
        return switch (type) {
            // a dedicated hoster's network is the provider's, like a cloud's, not the team's own LAN
            case "network-cloud-provider", "network-cloud-security-group", "network-dedicated-hoster" -> "cloud";
            case "network-on-prem", "network-virtual-lan", "network-policy-namespace-isolation", "execution-environment" -> "internal";
            default -> {
                b.get("type").warn("boundary type '" + type + "' is not known; mapped to zone kind 'internal'");
                yield "internal";
            }
        };
    }

    /** Assets on a runtime shared with others are on shared hosting: a compromise of one reaches the rest (link-shared-hosting). */
    private void sharedRuntimes(In root) {
        root.fields("shared_runtimes").forEach((title, r) -> {
            List<String> running = new ArrayList<>();
            for (In item : r.get("technical_assets_running").items()) {
                String asset = item.text();
                if (asset != null && !assets.containsKey(asset)) {
                    item.problem("no technical asset with id '" + asset + "' exists." + dev.vigil.model.io.Names.didYouMean(asset, assets.keySet()));
                } else if (asset != null) {
                    running.add(asset);
                }
            }
            if (running.size() > 1) {
                running.forEach(a -> hostingOf.put(a, "shared-hosting"));
                Set<String> zones = new LinkedHashSet<>();
                running.forEach(a -> zones.add(zoneOf.get(a)));
                if (zones.size() > 1) {
                    r.warn("runs assets of several trust boundaries; Vigil links shared hosting within one zone only");
                }
            }
        });
    }

    private void links(String sourceId, In asset, Map<String, List<String>> inbound) {
        asset.fields("communication_links").forEach((title, link) -> {
            In targetIn = link.get("target");
            String target = targetIn.text();
            if (target == null) {
                targetIn.problem("a communication link needs a target: the id of a technical asset");
                return;
            }
            if (!assets.containsKey(target)) {
                targetIn.problem("no technical asset with id '" + target + "' exists." + dev.vigil.model.io.Names.didYouMean(target, assets.keySet())
                        + " The target of a communication link is the id of a technical asset");
                return;
            }
            Map<String, Object> f = Doc.element(doc.ids.claim(sourceId + "-" + title, "flow"), title);
            f.put("from", assetIds.get(sourceId));
            f.put("to", assetIds.get(target));
            String protocol = link.text("protocol", "unknown-protocol");
            String plain = protocol.replaceFirst("-encrypted$", "");
            String mapped = PROTOCOLS.get(plain);
            if (mapped == null) {
                mapped = "tcp";
                link.get("protocol").warn("protocol '" + protocol + "' has no Vigil protocol; mapped to 'tcp'");
            }
            f.put("protocol", mapped);
            f.put("encrypted", protocol.endsWith("-encrypted") || ENCRYPTED.contains(protocol) || link.bool("vpn", false));
            if (link.text("authentication") != null) { // left out in Threagile: unknown
                String auth = mapped(link.get("authentication"), AUTHENTICATION, link.text("authentication"), "none");
                f.put("authentication", auth);
                inbound.computeIfAbsent(target, k -> new ArrayList<>()).add(auth);
            }
            Set<String> data = new LinkedHashSet<>(dataRefs(link.get("data_assets_sent")));
            data.addAll(dataRefs(link.get("data_assets_received")));
            if (!data.isEmpty()) {
                f.put("data", List.copyOf(data));
            }
            doc.flows.add(f);
        });
    }

    private void component(String id, In a, List<String> inboundAuth) {
        String title = titles.get(id);
        Map<String, Object> c = Doc.element(assetIds.get(id), title);
        c.put("type", type(a));
        boolean internet = a.bool("internet", false);
        c.put("zone", zoneOf.computeIfAbsent(id, k -> unboundedZone(internet || "external-entity".equals(a.text("type")))));
        // Threagile says it outright; left out, unknown. A client's internet flag says where it is, not what
        // reaches it; and an asset a link from the internet reaches faces it whatever its flag (map() below)
        if (a.text("internet") != null && ownership(a) == null) {
            c.put("exposure", internet ? "internet" : "internal");
        }
        inboundAuth.stream().min(java.util.Comparator.comparingInt(STRENGTH::indexOf)).ifPresent(auth -> c.put("authentication", auth));
        if (a.text("encryption") != null) {
            c.put("encrypted_at_rest", !a.text("encryption").equals("none"));
        }
        String ownership = ownership(a);
        if (ownership != null) {
            c.put("ownership", ownership);
        }
        if (a.text("custom_developed_parts") != null) { // the team's own code, or a product as shipped
            c.put("custom_code", a.bool("custom_developed_parts", false));
        }
        String machine = a.text("machine", "virtual");
        // a container runs where its boundary says; Kubernetes only in a namespace isolated by network policy
        c.put("hosting", hostingOf.getOrDefault(id, machine.equals("physical") ? "on-premises" : "cloud"));
        if (machine.equals("container") && "network-policy-namespace-isolation".equals(boundaryTypeOf.get(id))
                && !"shared-hosting".equals(hostingOf.get(id))) {
            c.put("hosting", "kubernetes");
        }
        putList(c, "stores", dataRefs(a.get("data_assets_stored")));
        putList(c, "processes", dataRefs(a.get("data_assets_processed")));
        List<String> attributes = new ArrayList<>();
        if (a.bool("multi_tenant", false)) {
            attributes.add("multi-tenant");
        }
        if (a.bool("redundant", false)) {
            attributes.add("replicated");
        }
        if (FETCHERS.contains(a.text("technology", ""))) {
            attributes.add("fetches-urls");
            a.get("technology").warn("technology '" + a.text("technology") + "' fetches content from URLs; given the attribute fetches-urls (SSRF)");
        }
        putList(c, "attributes", attributes);
        if (a.bool("out_of_scope", false)) {
            doc.outOfScope(title + (a.text("justification_out_of_scope") == null ? "" : ": " + a.text("justification_out_of_scope")));
            a.get("out_of_scope").warn("out of scope in Threagile; imported with ownership out-of-scope (other elements refer to it) and listed in system.out_of_scope");
        }
        doc.components.add(c);
    }

    /** An asset that a link from the internet reaches faces it, whatever its internet flag says (with a warning when the flag said no). */
    private void exposeReceiversOfTheInternet() {
        Map<String, Object> before = new HashMap<>();
        doc.components.forEach(c -> before.put((String) c.get("id"), c.get("exposure")));
        doc.exposeReceiversOfInternetZones();
        assets.forEach((id, a) -> {
            String vigilId = assetIds.get(id);
            Object now = doc.components.stream().filter(c -> vigilId.equals(c.get("id"))).findFirst().map(c -> c.get("exposure")).orElse(null);
            if ("internal".equals(before.get(vigilId)) && "internet".equals(now)) {
                a.get("internet").warn("internet: false, but a communication link from the internet reaches it; exposure internet");
            }
        });
    }

    private String type(In a) {
        String technology = a.text("technology", "unknown-technology");
        String type = TECHNOLOGIES.get(technology);
        if (type != null) {
            return type;
        }
        String kind = a.text("type", "process");
        type = switch (kind) {
            case "external-entity" -> a.bool("used_as_client_by_human", false) ? "browser" : "external-service";
            case "datastore" -> "relational-database";
            default -> "backend-service";
        };
        a.get("technology").warn("\"" + technology + "\" has no Vigil type; mapped to \"" + type + "\" from type " + kind);
        return type;
    }

    /**
     * Who runs the asset, where Threagile says: out of scope; an external entity (a client a person
     * uses is a client, anything else a third party's); a browser is the user's. Null: the team's.
     */
    private static String ownership(In a) {
        if (a.bool("out_of_scope", false)) {
            return "out-of-scope";
        }
        if ("browser".equals(a.text("technology"))) {
            return "client";
        }
        if ("external-entity".equals(a.text("type"))) {
            return a.bool("used_as_client_by_human", false) ? "client" : "third-party";
        }
        return null;
    }

    /** The zone of assets outside every boundary: one for the internet, one internal, made when first needed. */
    private String unboundedZone(boolean internet) {
        return unbounded.computeIfAbsent(internet, k -> {
            Map<String, Object> z = Doc.element(doc.ids.claim(internet ? "internet" : "unbounded", "zone"),
                    internet ? "Internet (outside every trust boundary)" : "Outside every trust boundary");
            z.put("kind", internet ? "internet" : "internal");
            doc.zones.add(z);
            return (String) z.get("id");
        });
    }

    private List<String> dataRefs(In list) {
        List<String> out = new ArrayList<>();
        for (In item : list.items()) {
            String ref = item.text();
            if (ref == null) {
                continue;
            }
            if (dataIds.containsKey(ref)) {
                out.add(dataIds.get(ref));
            } else {
                item.problem("no data asset with id '" + ref + "' exists." + dev.vigil.model.io.Names.didYouMean(ref, dataIds.keySet()));
            }
        }
        return out.stream().distinct().toList();
    }

    /** The custom risks the team identified by hand (individual_risk_categories, or custom_risk_categories in newer files). */
    private void risks(In root) {
        List<In> categories = new ArrayList<>(root.fields("individual_risk_categories").values());
        categories.addAll(root.items("custom_risk_categories"));
        for (In category : categories) {
            String title = category.text("title", category.path().substring(category.path().lastIndexOf('.') + 1));
            category.fields("risks_identified").forEach((risk, r) -> {
                String asset = r.text("most_relevant_technical_asset");
                doc.note(asset == null ? null : assetIds.get(asset), risk.replaceAll("<[^>]*>", ""),
                        category.text("description"), "threagile: " + title, null, r.text("severity"));
            });
        }
    }

    private void notMapped(In root) {
        for (String key : List.of("risk_tracking", "abuse_cases", "security_requirements", "questions")) {
            if (!root.get(key).fields().isEmpty()) {
                root.get(key).warn("not imported (" + root.get(key).fields().size() + " entries): Vigil has no field for it");
            }
        }
    }

    private static String mapped(In at, Map<String, String> table, String value, String fallback) {
        String v = table.get(value);
        if (v == null) {
            at.warn("'" + value + "' is not a known value; mapped to '" + fallback + "'");
            return fallback;
        }
        return v;
    }

    private static void putList(Map<String, Object> element, String key, List<String> values) {
        if (!values.isEmpty()) {
            element.put(key, values);
        }
    }
}
