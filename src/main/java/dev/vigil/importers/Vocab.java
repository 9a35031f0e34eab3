package dev.vigil.importers;

import dev.vigil.model.DataFlow;
import dev.vigil.model.OneOf;
import dev.vigil.model.TrustZone;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses shared by the importers whose sources have free text where Vigil has a vocabulary:
 * a technology type from a name, data categories from a name. Each guess is reported as a warning.
 */
final class Vocab {

    /** Vigil's protocols, authentications and zone kinds, read from the records' {@code @OneOf}, so they cannot drift. */
    static final Set<String> PROTOCOLS = oneOf(DataFlow.class, "protocol");
    static final Set<String> AUTHENTICATIONS = oneOf(DataFlow.class, "authentication");
    static final Set<String> ZONE_KINDS = oneOf(TrustZone.class, "kind");

    private Vocab() {
    }

    private static Set<String> oneOf(Class<? extends Record> type, String field) {
        return Arrays.stream(type.getRecordComponents()).filter(rc -> rc.getName().equals(field))
                .map(rc -> Set.of(rc.getAnnotation(OneOf.class).value())).findFirst().orElseThrow();
    }

    /** Keyword (in a lower-case name or type) → Vigil technology type; the first match wins. */
    private static final List<Map.Entry<String, String>> TYPE_WORDS = List.of(
            Map.entry("postgres", "relational-database"), Map.entry("mysql", "relational-database"),
            Map.entry("sql", "relational-database"), Map.entry("mongo", "nosql-database"), Map.entry("dynamo", "nosql-database"),
            Map.entry("redis", "cache"), Map.entry("cache", "cache"), Map.entry("database", "relational-database"),
            Map.entry("db", "relational-database"), Map.entry("queue", "message-broker"), Map.entry("kafka", "message-broker"),
            Map.entry("sqs", "message-broker"), Map.entry("bucket", "object-storage"), Map.entry("s3", "object-storage"),
            Map.entry("blob", "object-storage"), Map.entry("storage", "object-storage"), Map.entry("file", "file-server"),
            Map.entry("vault", "secrets-vault"), Map.entry("secret", "secrets-vault"), Map.entry("ldap", "directory-service"),
            Map.entry("active directory", "directory-service"), Map.entry("auth", "identity-provider"),
            Map.entry("identity", "identity-provider"), Map.entry("idp", "identity-provider"), Map.entry("gateway", "api-gateway"),
            Map.entry("load balancer", "load-balancer"), Map.entry("load-balancer", "load-balancer"), Map.entry("elb", "load-balancer"),
            Map.entry("alb", "load-balancer"), Map.entry("proxy", "load-balancer"), Map.entry("vpn", "vpn-gateway"),
            Map.entry("bastion", "bastion-host"), Map.entry("log", "logging-platform"), Map.entry("monitor", "logging-platform"),
            Map.entry("backup", "backup-system"), Map.entry("payment", "payment-gateway"), Map.entry("mail", "email-service"),
            Map.entry("dns", "dns-service"), Map.entry("kubernetes", "kubernetes-cluster"), Map.entry("k8s", "kubernetes-cluster"),
            Map.entry("ecs", "container-service"), Map.entry("docker", "container-service"), Map.entry("container", "container-service"),
            Map.entry("lambda", "serverless-function"), Map.entry("function", "serverless-function"), Map.entry("jenkins", "ci-cd-server"),
            Map.entry("pipeline", "ci-cd-server"), Map.entry("git", "source-repository"), Map.entry("registry", "artifact-registry"),
            Map.entry("mobile", "mobile-app"), Map.entry("phone", "mobile-app"), Map.entry("android", "mobile-app"),
            Map.entry("ios", "mobile-app"), Map.entry("browser", "browser"), Map.entry("laptop", "laptop"),
            Map.entry("desktop", "workstation"), Map.entry("workstation", "workstation"), Map.entry("api", "api-service"),
            Map.entry("web", "web-application"), Map.entry("site", "web-application"), Map.entry("portal", "web-application"),
            Map.entry("vm", "virtual-machine"), Map.entry("ec2", "virtual-machine"), Map.entry("server", "backend-service"),
            Map.entry("service", "backend-service"), Map.entry("worker", "backend-service"));

    /** A zone kind from the words of a zone's type or name: internet, dmz, cloud, partner, management, restricted, else internal. */
    static String zoneKindFromWords(String words) {
        String text = words.toLowerCase(Locale.ROOT);
        return text.contains("internet") || text.contains("public network") ? "internet"
                : text.contains("dmz") ? "dmz"
                : text.contains("cloud") ? "cloud"
                : text.contains("partner") || text.contains("third") ? "partner"
                : text.contains("management") || text.contains("admin") ? "management"
                : text.contains("restricted") ? "restricted" : "internal";
    }

    /** True when the name speaks of people (a user, a customer, a browser): an actor that is someone's device, not a system. */
    static boolean personWords(String text) {
        String words = words(text);
        return java.util.stream.Stream.of("user", "customer", "client", "browser", "person", "people", "staff", "employee",
                "admin", "operator", "patient", "owner", "member", "visitor", "buyer", "driver", "renter").anyMatch(w -> hasWord(words, w));
    }

    /** The type a keyword of the text suggests, or null. Words match at their start ("db" is not in "feedback"). */
    static String typeFromWords(String text) {
        String words = words(text);
        return TYPE_WORDS.stream().filter(e -> hasWord(words, e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The text in lower case, every run of other characters one space, with a space at each end. */
    private static String words(String text) {
        return " " + (text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ")) + " ";
    }

    /** The word (or words) at the start of a word of the text, with at most three more letters ("queue" in "queues"). */
    private static boolean hasWord(String words, String word) {
        String w = word.replaceAll("[^a-z0-9]+", " ");
        int at = words.indexOf(" " + w);
        while (at >= 0) {
            int end = at + 1 + w.length();
            int next = words.indexOf(' ', end);
            if (next - end <= 3) {
                return true;
            }
            at = words.indexOf(" " + w, at + 1);
        }
        return false;
    }

    /** Types that hold data: what a drawn data store may be. */
    static final Set<String> STORE_TYPES = Set.of("relational-database", "nosql-database", "cache", "search-engine", "object-storage",
            "file-server", "data-warehouse", "message-broker", "secrets-vault", "logging-platform", "backup-system",
            "artifact-registry", "source-repository");

    /** Words in a mitigation → the Vigil control type it puts in place; the first match wins. */
    private static final List<Map.Entry<String, String>> CONTROL_WORDS = List.of(
            Map.entry("web application firewall", "waf"), Map.entry("waf", "waf"), Map.entry("firewall", "firewall"),
            Map.entry("rate limit", "rate-limiting"), Map.entry("throttl", "rate-limiting"), Map.entry("ddos", "ddos-protection"),
            Map.entry("siem", "siem"), Map.entry("intrusion detection", "ids"), Map.entry("bastion", "bastion"),
            Map.entry("vpn", "vpn"), Map.entry("key vault", "secrets-vault"), Map.entry("secrets vault", "secrets-vault"),
            Map.entry("data loss prevention", "dlp"), Map.entry("endpoint detection", "edr"), Map.entry("network polic", "network-policy"));

    /** The control type a mitigation's text names, or null. */
    static String controlFromWords(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return CONTROL_WORDS.stream().filter(e -> t.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Data categories a data asset's name suggests (personal, payment, credentials …), in a fixed order. */
    static List<String> categories(String text) {
        String t = words(text);
        List<String> out = new java.util.ArrayList<>();
        add(out, t, "personal", "customer", "personal", "user", "employee", "pii", "profile", "address", "contact");
        add(out, t, "payment", "payment", "card", "credit", "billing");
        add(out, t, "credentials", "credential", "password", "login", "token", "session");
        add(out, t, "secrets", "secret", "key", "certificate");
        add(out, t, "health", "health", "medical", "patient");
        add(out, t, "financial", "financial", "accounting", "invoice", "order", "wallet", "bank");
        add(out, t, "intellectual-property", "source code", "code", "design");
        return out;
    }

    private static void add(List<String> out, String text, String category, String... words) {
        for (String w : words) {
            if (hasWord(text, w)) {
                out.add(category);
                return;
            }
        }
    }
}
