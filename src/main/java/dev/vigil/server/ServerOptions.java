package dev.vigil.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code vigil serve} was told on its command line. Only options that were given become
 * properties, and they win over application.properties and the environment; everything else keeps
 * Spring's usual sources (SPRING_DATASOURCE_URL and friends).
 *
 * @param port      HTTP port, or null for the configured one (8080 by default); 0 picks a free port
 * @param dbUrl     JDBC URL, or null for the configured one (an H2 file under ~/.vigil/server)
 * @param rules     rule folders (never empty: the caller resolves the bundled ones)
 * @param knowledge the knowledge-base folder
 * @param ruleCache folder of compiled rule bases, or null to compile the DRL in memory
 * @param settings  further properties (e.g. vigil.server.max-body-bytes), as strongly as the options
 */
public record ServerOptions(Integer port, String dbUrl, List<Path> rules, Path knowledge, Path ruleCache, Map<String, String> settings) {

    public ServerOptions {
        rules = List.copyOf(rules);
        settings = Map.copyOf(settings);
    }

    /** The options of the command line, without further settings. */
    public ServerOptions(Integer port, String dbUrl, List<Path> rules, Path knowledge, Path ruleCache) {
        this(port, dbUrl, rules, knowledge, ruleCache, Map.of());
    }

    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (port != null) {
            p.put("server.port", port);
        }
        if (dbUrl != null) {
            p.put("spring.datasource.url", dbUrl);
        }
        p.put("vigil.server.rules", rules.stream().map(Path::toString).collect(Collectors.joining(",")));
        p.put("vigil.server.knowledge", knowledge.toString());
        if (ruleCache != null) {
            p.put("vigil.server.rule-cache", ruleCache.toString());
        }
        p.putAll(settings);
        return p;
    }
}
