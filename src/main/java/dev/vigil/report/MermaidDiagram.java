package dev.vigil.report;

import dev.vigil.model.Component;
import dev.vigil.model.DataFlow;
import dev.vigil.model.SystemModel;
import dev.vigil.model.TrustZone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-flow diagram as Mermaid: zones as nested subgraphs, components as nodes, flows as
 * labelled arrows. Model ids are replaced by generated node ids and labels are entity-encoded, so
 * no name can break out of the diagram or the code fence.
 */
final class MermaidDiagram {

    private final SystemModel model;
    private final Map<String, String> nodeIds = new HashMap<>();
    private final Map<String, String> worstSeverity;
    private final StringBuilder out = new StringBuilder();

    MermaidDiagram(SystemModel model, Map<String, String> worstSeverity) {
        this.model = model;
        this.worstSeverity = worstSeverity;
    }

    String render() {
        out.append("flowchart LR\n");
        for (int i = 0; i < model.components().size(); i++) {
            nodeIds.put(model.components().get(i).id(), "c" + i);
        }
        model.zones().stream().filter(z -> z.parent() == null).forEach(z -> zone(z, 1));
        model.components().stream().filter(c -> model.zones().stream().noneMatch(z -> z.id().equals(c.zone())))
                .forEach(c -> node(c, 1));
        for (DataFlow f : model.flows()) {
            out.append("  ").append(nodeIds.get(f.from())).append(" -->|\"").append(label(f.protocol()
                    + (f.encrypted() == null ? " (encryption unknown)" : f.encrypted() ? "" : " (plain)") + (f.name() == null ? "" : ": " + f.name())))
                    .append("\"| ").append(nodeIds.get(f.to())).append('\n');
        }
        classes();
        return out.toString();
    }

    private void zone(TrustZone z, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append("subgraph z").append(model.zones().indexOf(z)).append("[\"")
                .append(label((z.name() == null ? z.id() : z.name()) + " (" + z.kind() + ")")).append("\"]\n");
        model.components().stream().filter(c -> z.id().equals(c.zone())).forEach(c -> node(c, depth + 1));
        model.zones().stream().filter(child -> z.id().equals(child.parent())).forEach(child -> zone(child, depth + 1));
        out.append(indent).append("end\n");
    }

    private void node(Component c, int depth) {
        String text = label((c.name() == null ? c.id() : c.name()) + " [" + c.type() + "]");
        boolean store = c.attributes().contains("stores-data");
        out.append("  ".repeat(depth)).append(nodeIds.get(c.id())).append(store ? "[(\"" : "[\"").append(text)
                .append(store ? "\")]" : "\"]").append('\n');
    }

    private void classes() {
        List<String> lines = new ArrayList<>();
        for (Component c : model.components()) {
            String severity = worstSeverity.get(c.id());
            if (severity != null) {
                lines.add("  class " + nodeIds.get(c.id()) + " " + severity);
            }
        }
        if (!lines.isEmpty()) {
            out.append("  classDef critical fill:#f8d7da,stroke:#b02a37\n  classDef high fill:#ffe5d0,stroke:#c4570a\n")
                    .append("  classDef medium fill:#fff3cd,stroke:#997404\n  classDef low fill:#d1e7dd,stroke:#146c43\n");
            lines.forEach(l -> out.append(l).append('\n'));
        }
    }

    /** Mermaid entity codes for everything that could end a label, a line or the fence. */
    static String label(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("#quot;");
                case '<' -> sb.append("#lt;");
                case '>' -> sb.append("#gt;");
                case '`' -> sb.append("#96;");
                case '|' -> sb.append("#124;");
                case '#' -> sb.append("#35;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c < 0x20 || c >= 0x7F && c <= 0x9F ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
