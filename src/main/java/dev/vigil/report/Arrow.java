package dev.vigil.report;

/** A straight arrow between two boxes, from border to border, with a label at its middle. */
final class Arrow {

    private Arrow() {
    }

    /** @param offset a sideways shift, so that several arrows between the same two boxes stay apart */
    static void line(StringBuilder svg, DiagramLayout.Box a, DiagramLayout.Box b, int offset, String label) {
        double dx = b.cx() - a.cx();
        double dy = b.cy() - a.cy();
        double length = Math.max(1, Math.hypot(dx, dy));
        double ox = -dy / length * offset;
        double oy = dx / length * offset;
        double[] from = border(a, dx, dy, ox, oy);
        double[] to = border(b, -dx, -dy, ox, oy);
        svg.append("<line x1=\"").append(round(from[0])).append("\" y1=\"").append(round(from[1])).append("\" x2=\"")
                .append(round(to[0])).append("\" y2=\"").append(round(to[1])).append("\" marker-end=\"url(#arrow)\"/>");
        double mx = (from[0] + to[0]) / 2;
        double my = (from[1] + to[1]) / 2;
        int width = 7 * label.length() + 8;
        svg.append("<rect class=\"label\" x=\"").append(round(mx - width / 2.0)).append("\" y=\"").append(round(my - 8))
                .append("\" width=\"").append(width).append("\" height=\"14\" rx=\"3\"/><text class=\"label\" x=\"")
                .append(round(mx)).append("\" y=\"").append(round(my + 3)).append("\">").append(DiagramSvg.xml(label)).append("</text>");
    }

    /** Where the ray from the box's centre (shifted by ox, oy) in direction (dx, dy) leaves the box. */
    private static double[] border(DiagramLayout.Box box, double dx, double dy, double ox, double oy) {
        double cx = box.cx() + ox;
        double cy = box.cy() + oy;
        double tx = dx == 0 ? Double.MAX_VALUE : (box.w() / 2.0) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (box.h() / 2.0) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new double[]{cx + dx * t, cy + dy * t};
    }

    private static String round(double v) {
        return Long.toString(Math.round(v));
    }
}
