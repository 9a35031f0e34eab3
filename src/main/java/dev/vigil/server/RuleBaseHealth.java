package dev.vigil.server;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health is DOWN while no valid rule base is loaded: such a server cannot analyse anything. */
@Component("ruleBase")
final class RuleBaseHealth implements HealthIndicator {

    private final WorkspaceHolder holder;

    RuleBaseHealth(WorkspaceHolder holder) {
        this.holder = holder;
    }

    @Override
    public Health health() {
        WorkspaceHolder.State s = holder.state();
        if (s.workspace() == null) {
            return Health.down().withDetail("errors", s.lastErrors()).build();
        }
        return Health.up().withDetail("version", s.workspace().rules().version()).build();
    }
}
