package dev.vigil.importers;

import java.util.List;

/** Plane geometry for diagrams: boxes that contain points, and which side of a drawn curve a point is on. */
final class Geometry {

    record Point(double x, double y) {
    }

    record Box(double x, double y, double width, double height) {
        boolean contains(Point p) {
            return p.x() >= x && p.x() <= x + width && p.y() >= y && p.y() <= y + height;
        }

        boolean contains(Box b) {
            return contains(new Point(b.x, b.y)) && contains(new Point(b.x + b.width, b.y + b.height));
        }

        Point centre() {
            return new Point(x + width / 2, y + height / 2);
        }

        double area() {
            return width * height;
        }
    }

    private Geometry() {
    }

    /**
     * The side (+1 or -1) of the polyline on which the point lies, judged against the segment
     * nearest to it; the first and last segments extend to infinity so that a short curve still
     * divides the whole diagram.
     */
    static int side(List<Point> line, Point p) {
        double best = Double.MAX_VALUE;
        double cross = 0;
        for (int i = 0; i + 1 < line.size(); i++) {
            Point a = line.get(i);
            Point b = line.get(i + 1);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len;
            if (i > 0) {
                t = Math.max(t, 0);
            }
            if (i + 2 < line.size()) {
                t = Math.min(t, 1);
            }
            double qx = a.x() + t * dx - p.x();
            double qy = a.y() + t * dy - p.y();
            double d = qx * qx + qy * qy;
            if (d < best) {
                best = d;
                cross = dx * (p.y() - a.y()) - dy * (p.x() - a.x());
            }
        }
        return cross >= 0 ? 1 : -1;
    }
}
