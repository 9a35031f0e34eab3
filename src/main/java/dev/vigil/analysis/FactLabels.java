package dev.vigil.analysis;

import dev.vigil.model.AccessGrant;
import dev.vigil.model.Backups;
import dev.vigil.model.Component;
import dev.vigil.model.Control;
import dev.vigil.model.DataAsset;
import dev.vigil.model.DataFlow;
import dev.vigil.model.Dependency;
import dev.vigil.model.Derived;
import dev.vigil.model.Link;
import dev.vigil.model.Practices;
import dev.vigil.model.Principal;
import dev.vigil.model.LinkGraph;
import dev.vigil.model.Reach;
import dev.vigil.model.ReachFrom;
import dev.vigil.model.RiskFactor;
import dev.vigil.model.ScenarioSeed;
import dev.vigil.model.SystemInfo;
import dev.vigil.model.Threat;
import dev.vigil.model.TrustZone;
import dev.vigil.model.Unanswered;
import dev.vigil.model.Unknown;

/** One-line descriptions of facts for evidence, explanations and test failures. */
public final class FactLabels {

    private final ModelIndex index;

    public FactLabels(ModelIndex index) {
        this.index = index;
    }

    /** The id of an input fact that has one (a model element), else null. */
    public static String idOf(Object fact) {
        if (fact instanceof Component c) {
            return c.id();
        }
        if (fact instanceof DataAsset d) {
            return d.id();
        }
        if (fact instanceof DataFlow f) {
            return f.id();
        }
        if (fact instanceof Principal p) {
            return p.id();
        }
        if (fact instanceof Dependency d) {
            return d.id();
        }
        if (fact instanceof TrustZone z) {
            return z.id();
        }
        if (fact instanceof Control c) {
            return c.id();
        }
        return fact instanceof SystemInfo s ? s.id() : null;
    }

    public String describe(Object fact) {
        if (fact instanceof Component c) {
            return "component " + c.id() + " (type " + c.type() + ", zone " + c.zone() + ", exposure " + c.exposure()
                    + ", authentication " + c.authentication() + (c.ownership().equals("team") ? "" : ", " + c.ownership())
                    + tri(c.customCode(), ", the team's code", ", a product as shipped", "")
                    + (index == null || index.statedAttributes(c.id()).isEmpty() ? "" : ", " + String.join(", ", index.statedAttributes(c.id()))) + ")";
        }
        if (fact instanceof DataAsset d) {
            return "data " + d.id() + " (" + d.classification() + (d.categories().isEmpty() ? "" : ", " + String.join("/", d.categories())) + ")";
        }
        if (fact instanceof DataFlow f) {
            return "flow " + f.id() + " (" + f.from() + " → " + f.to() + ", " + f.protocol() + tri(f.encrypted(), ", encrypted", ", unencrypted", ", encryption unknown")
                    + ", authentication " + f.authentication() + ")";
        }
        if (fact instanceof Principal p) {
            return "principal " + p.id() + " (" + p.kind() + ", " + p.headcount() + (p.headcount() == 1 ? " person" : " people")
                    + (p.status().equals("former") ? ", former" : "") + ")";
        }
        if (fact instanceof AccessGrant g) {
            return "access " + g.principal() + " → " + g.component() + " (" + g.privilege() + " via " + g.path()
                    + tri(g.mfa(), ", MFA", ", no MFA", ", MFA unknown") + tri(g.sharedAccount(), ", shared account", "", "")
                    + tri(g.standing(), ", standing", "", "") + ")";
        }
        if (fact instanceof Dependency d) {
            return "dependency " + d.id() + " (" + d.kind() + (d.version() == null ? "" : " " + d.version()) + ")";
        }
        if (fact instanceof TrustZone z) {
            return "zone " + z.id() + " (" + z.kind() + tri(z.segmented(), ", segmented", ", not segmented", ", segmentation unknown") + ")";
        }
        if (fact instanceof Control c) {
            return "control " + c.id() + " (" + c.type() + ")";
        }
        return describeOther(fact);
    }

    private String describeOther(Object fact) {
        if (fact instanceof Practices p) {
            return "practices (training " + p.phishingTraining() + ", MFA " + p.mfa() + ", secrets " + p.secrets()
                    + ", logging " + p.logging() + ", monitoring " + p.monitoring() + ", offboarding " + p.offboarding() + ")";
        }
        if (fact instanceof Backups b) {
            return "backups (" + b.frequency() + tri(b.offline(), ", offline", ", online", ", offline copy unknown")
                    + tri(b.immutable(), ", immutable", ", mutable", "") + tri(b.restoreTested(), ", restore tested", ", restore not tested",
                    ", restore tests unknown") + ")";
        }
        if (fact instanceof SystemInfo s) {
            return "system " + s.id() + " (criticality " + s.criticality() + ")";
        }
        if (fact instanceof Derived d) {
            return d.kind() + " of " + index.label(d.subject()) + (d.stated() ? "" : " (if " + unknowns(d.unknowns()) + ")");
        }
        if (fact instanceof Link l) {
            return "link " + l.from() + " → " + l.to() + " via " + index.label(l.via());
        }
        if (fact instanceof Reach r) {
            return r.elements().size() + " elements reachable from entry point " + r.origin();
        }
        if (fact instanceof ReachFrom r) {
            return r.elements().size() + " elements reachable from the " + r.kind() + " elements";
        }
        if (fact instanceof LinkGraph g) {
            return "the attack graph (" + g.links() + " links)";
        }
        if (fact instanceof Threat t) {
            return (t.confirmed() ? "finding " : "question ") + t.id() + " (threat " + t.threatId() + ")";
        }
        if (fact instanceof RiskFactor f) {
            return f.dimension() + " " + (f.delta() > 0 ? "+" : "") + f.delta() + " on " + f.findingId() + ": " + f.reason();
        }
        if (fact instanceof ScenarioSeed s) {
            return s.kind() + " scenario " + (s.entry() == null ? "from any entry point" : "from " + s.entry())
                    + (s.target() == null ? " to any attack target" : " to " + s.target());
        }
        return describeGap(fact);
    }

    /** A tri-state property's words: stated true, stated false, unknown. */
    private static String tri(Boolean value, String yes, String no, String unknown) {
        return value == null ? unknown : value ? yes : no;
    }

    /** What the unknowns are, shortly: "mfa of grant ops→db unknown; …". */
    static String unknowns(java.util.List<dev.vigil.model.Unstated> unknowns) {
        return String.join("; ", unknowns.stream().map(u -> dev.vigil.model.io.Names.snake(u.field()) + " of "
                + (u.element().isEmpty() ? u.kind() : u.kind() + " " + u.element()) + " unknown").toList());
    }

    private String describeGap(Object fact) {
        if (fact instanceof Unknown u) {
            return "unknown: " + u.question() + (u.about() == null ? "" : " (about " + index.label(u.about()) + ")");
        }
        if (fact instanceof Unanswered u) {
            return "unanswered: " + (u.text() == null ? u.key() : u.text());
        }
        if (fact instanceof java.util.Collection<?> all) { // what a rule collected: each one described
            return String.join("; ", all.stream().map(this::describe).toList());
        }
        return String.valueOf(fact);
    }
}
