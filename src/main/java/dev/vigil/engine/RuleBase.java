package dev.vigil.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A compiled, checked rule base, its rules' metadata and its version (hash of rules and catalogs). */
public final class RuleBase {

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byId;
    private final String version;
    private final List<RulePack> packs;

    RuleBase(KieBase kieBase, List<RuleInfo> rules, String version, List<RulePack> packs) {
        this.kieBase = kieBase;
        // pooled sessions keep their node memories between analyses: dispose() resets and returns them
        this.sessions = kieBase.newKieSessionsPool(1);
        this.rules = List.copyOf(rules);
        this.byId = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity()));
        this.version = version;
        this.packs = List.copyOf(packs);
    }

    /** The rule folders it was built from, each with its own version. */
    public List<RulePack> packs() {
        return packs;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** A fresh session, taken from this rule base's pool; {@code dispose()} gives it back. */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String id) {
        return byId.get(id);
    }

    /** "sha256:" + the first 16 hex digits of the hash of every rule and catalog file. */
    public String version() {
        return version;
    }
}
