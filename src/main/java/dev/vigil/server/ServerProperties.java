package dev.vigil.server;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * The server's own settings ({@code vigil.server.*}).
 *
 * @param rules                 rule folders
 * @param knowledge             knowledge-base folder
 * @param ruleCache             folder of compiled rule bases (null: compile in memory)
 * @param maxBodyBytes          largest request body accepted (413 above it)
 * @param maxConcurrentAnalyses analyses run at once; more wait briefly, then get 429
 */
@ConfigurationProperties("vigil.server")
record ServerProperties(List<Path> rules, Path knowledge, Path ruleCache, long maxBodyBytes, int maxConcurrentAnalyses) {

    ServerProperties {
        if (rules == null || rules.isEmpty() || knowledge == null) {
            throw new IllegalArgumentException("vigil.server.rules and vigil.server.knowledge must be set (vigil serve sets them)");
        }
        rules = List.copyOf(rules);
        maxBodyBytes = maxBodyBytes <= 0 ? 5 * 1024 * 1024 : maxBodyBytes;
        maxConcurrentAnalyses = maxConcurrentAnalyses <= 0 ? 2 : maxConcurrentAnalyses;
    }
}
