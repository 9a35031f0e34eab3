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
 * @param maxAnalysesPerTeamPerDay analyses one team may post per UTC day; more get 429 until midnight
 * @param maxAssessmentsPerTeam assessments one team may keep; creating more gets 429 until some are deleted
 * @param watchRules            reload the rule base when a file under the rule or knowledge folders changes
 */
@ConfigurationProperties("vigil.server")
record ServerProperties(List<Path> rules, Path knowledge, Path ruleCache, long maxBodyBytes, int maxConcurrentAnalyses,
                        int maxAnalysesPerTeamPerDay, int maxAssessmentsPerTeam, boolean watchRules) {

    ServerProperties {
        if (rules == null || rules.isEmpty() || knowledge == null) {
            throw new IllegalArgumentException("vigil.server.rules and vigil.server.knowledge must be set (vigil serve sets them)");
        }
        rules = List.copyOf(rules);
        maxBodyBytes = maxBodyBytes <= 0 ? 5 * 1024 * 1024 : maxBodyBytes;
        maxConcurrentAnalyses = maxConcurrentAnalyses <= 0 ? 2 : maxConcurrentAnalyses;
        maxAnalysesPerTeamPerDay = maxAnalysesPerTeamPerDay <= 0 ? 1000 : maxAnalysesPerTeamPerDay;
        maxAssessmentsPerTeam = maxAssessmentsPerTeam <= 0 ? 500 : maxAssessmentsPerTeam;
    }
}
