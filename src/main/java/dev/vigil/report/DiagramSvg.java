package dev.vigil.report;

import dev.vigil.model.DataFlow;
import dev.vigil.model.SystemModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-flow diagram as inline SVG: zones as nested boxes, components coloured by their worst
 * risk, flows as labelled arrows. Given a path (an attack scenario's elements in order), it dims the
 * rest and draws the path's steps as numbered arrows on top. Every text is XML-escaped here; no
 * model text reaches the page unescaped.
 */
final class DiagramSvg {

    private final SystemModel model;
    private final Map<String, String> worstSeverity;

    DiagramSvg(SystemModel model, Map<String, String> worstSeverity) {
        this.model = model;
        this.worstSeverity = worstSeverity;
    }

    String render() {
        return render(List.of(), List.of());
    }

    /**
     * With a path: its elements (components, and people or dependencies outside the diagram, given
     * as id → label in {@code outside}) highlighted, and arrows for its steps.
     */
    String render(List<String> path, List<Map.Entry<String, String>> outside) {
        DiagramLayout layout = new DiagramLayout(model, outside);
        boolean highlight = !path.isEmpty();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dfd").append(highlight ? " path" : "")
                .append("\" viewBox=\"0 0 ").append(layout.width()).append(' ').append(layout.height())
                .append("\" width=\"").append(layout.width()).append("\" role=\"img\" aria-label=\"Data-flow diagram\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                        + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>");
        for (DiagramLayout.Box z : layout.zones()) {
            svg.append("<g class=\"zone\"><rect x=\"").append(z.x()).append("\" y=\"").append(z.y()).append("\" width=\"").append(z.w())
                    .append("\" height=\"").append(z.h()).append("\" rx=\"8\"/><text x=\"").append(z.x() + 8).append("\" y=\"")
                    .append(z.y() + 17).append("\">").append(xml(z.label())).append("</text></g>");
        }
        flows(svg, layout);
        layout.nodes().values().forEach(n -> node(svg, n, highlight && !path.contains(n.id())));
        if (highlight) {
            steps(svg, layout, path);
        }
        return svg.append("</svg>").toString();
    }

    private void flows(StringBuilder svg, DiagramLayout layout) {
        Map<String, Integer> seenPairs = new HashMap<>();
        for (DataFlow f : model.flows()) {
            DiagramLayout.Box a = layout.nodes().get(f.from());
            DiagramLayout.Box b = layout.nodes().get(f.to());
            if (a == null || b == null) {
                continue;
            }
            String pair = f.from().compareTo(f.to()) < 0 ? f.from() + "\0" + f.to() : f.to() + "\0" + f.from();
            int offset = seenPairs.merge(pair, 1, Integer::sum) - 1;
            String label = f.protocol() + (f.encrypted() == null ? " · ?" : f.encrypted() ? "" : " · plain");
            svg.append("<g class=\"flow").append(Boolean.FALSE.equals(f.encrypted()) ? " plain" : "").append("\"><title>").append(xml(title(f)))
                    .append("</title>");
            if (a == b) {
                svg.append("<path d=\"M").append(a.x() + a.w()).append(',').append(a.cy() - 8).append(" c 30,-24 30,40 0,16\" marker-end=\"url(#arrow)\"/>");
            } else {
                Arrow.line(svg, a, b, offset * 9, label);
            }
            svg.append("</g>");
        }
    }

    private void node(StringBuilder svg, DiagramLayout.Box n, boolean dim) {
        String severity = worstSeverity.getOrDefault(n.id(), "none");
        svg.append("<g class=\"node sev-").append(severity).append(dim ? " dim" : "").append("\" data-id=\"").append(xml(n.id()))
                .append("\"><title>").append(xml(n.label() + " (" + n.id() + "): worst risk " + severity)).append("</title><rect x=\"")
                .append(n.x()).append("\" y=\"").append(n.y()).append("\" width=\"").append(n.w()).append("\" height=\"").append(n.h())
                .append("\" rx=\"6\"/><text x=\"").append(n.cx()).append("\" y=\"").append(n.y() + 21).append("\">")
                .append(xml(shorten(n.label(), 24))).append("</text><text class=\"sub\" x=\"").append(n.cx()).append("\" y=\"")
                .append(n.y() + 38).append("\">").append(xml(shorten(n.sub(), 28))).append("</text></g>");
    }

    /** The path's steps as numbered arrows, from each element to the next. */
    private static void steps(StringBuilder svg, DiagramLayout layout, List<String> path) {
        for (int i = 1; i < path.size(); i++) {
            DiagramLayout.Box a = layout.nodes().get(path.get(i - 1));
            DiagramLayout.Box b = layout.nodes().get(path.get(i));
            if (a != null && b != null && a != b) {
                svg.append("<g class=\"step\">");
                Arrow.line(svg, a, b, 0, String.valueOf(i + 1));
                svg.append("</g>");
            }
        }
    }

    private static String title(DataFlow f) {
        return (f.name() == null ? f.id() : f.name()) + ": " + f.from() + " → " + f.to() + " over " + f.protocol()
                + (f.encrypted() == null ? ", encryption unknown" : f.encrypted() ? ", encrypted" : ", not encrypted")
                + ", authentication " + f.authentication();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Text for SVG content and quoted attribute values: escaped as the page's other text is. */
    static String xml(String s) {
        return HtmlEscaping.escape(s);
    }
}
