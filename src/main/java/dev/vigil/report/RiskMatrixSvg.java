package dev.vigil.report;

import dev.vigil.analysis.Severity;

import java.util.Collection;

/** A likelihood × impact matrix as inline SVG: 5 × 5 cells in their severity's colour, each with its count of findings. */
final class RiskMatrixSvg {

    private static final int CELL = 46;
    private static final int LEFT = 64;
    private static final int TOP = 30;

    private RiskMatrixSvg() {
    }

    /** @param risks each finding's {likelihood, impact}, both 1–5 */
    static String render(String title, Collection<int[]> risks) {
        int[][] counts = new int[6][6];
        risks.forEach(r -> counts[r[0]][r[1]]++);
        int size = LEFT + 5 * CELL + 10;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"matrix\" viewBox=\"0 0 ")
                .append(size).append(' ').append(TOP + 5 * CELL + 40).append("\" width=\"").append(size)
                .append("\" role=\"img\" aria-label=\"").append(DiagramSvg.xml(title)).append("\"><text class=\"title\" x=\"")
                .append(LEFT).append("\" y=\"18\">").append(DiagramSvg.xml(title)).append("</text>");
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            int y = TOP + (5 - likelihood) * CELL;
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 8).append("\" y=\"").append(y + CELL / 2 + 4).append("\">")
                    .append(likelihood).append("</text>");
            for (int impact = 1; impact <= 5; impact++) {
                int x = LEFT + (impact - 1) * CELL;
                int n = counts[likelihood][impact];
                svg.append("<g class=\"cell sev-").append(Severity.of(likelihood * impact).label()).append(n == 0 ? " empty" : "")
                        .append("\" data-likelihood=\"").append(likelihood).append("\" data-impact=\"").append(impact)
                        .append("\" data-count=\"").append(n).append("\"><rect x=\"").append(x).append("\" y=\"").append(y)
                        .append("\" width=\"").append(CELL).append("\" height=\"").append(CELL).append("\"/><text x=\"")
                        .append(x + CELL / 2).append("\" y=\"").append(y + CELL / 2 + 5).append("\">").append(n == 0 ? "" : n)
                        .append("</text></g>");
            }
        }
        for (int impact = 1; impact <= 5; impact++) {
            svg.append("<text class=\"axis\" x=\"").append(LEFT + (impact - 1) * CELL + CELL / 2).append("\" y=\"")
                    .append(TOP + 5 * CELL + 16).append("\">").append(impact).append("</text>");
        }
        return svg.append("<text class=\"axis-title\" x=\"").append(LEFT + 5 * CELL / 2).append("\" y=\"").append(TOP + 5 * CELL + 34)
                .append("\">impact →</text><text class=\"axis-title\" transform=\"rotate(-90)\" x=\"").append(-(TOP + 5 * CELL / 2))
                .append("\" y=\"16\">likelihood →</text></svg>").toString();
    }
}
