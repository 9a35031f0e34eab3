package dev.vigil.importers;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which side of a Threat Dragon trust-boundary curve a shape is on. */
class GeometryTest {

    private static Geometry.Point p(double x, double y) {
        return new Geometry.Point(x, y);
    }

    @Test
    void aStraightCurveSplitsThePlaneEvenBeyondItsEnds() {
        List<Geometry.Point> line = List.of(p(0, 0), p(0, 10));
        assertThat(Geometry.side(line, p(-5, 5))).isEqualTo(-Geometry.side(line, p(5, 5)));
        assertThat(Geometry.side(line, p(-5, 100))).isEqualTo(Geometry.side(line, p(-5, 5)));
        assertThat(Geometry.side(line, p(5, -100))).isEqualTo(Geometry.side(line, p(5, 5)));
    }

    @Test
    void aBentCurveIsJudgedByItsNearestSegment() {
        // an L: down from (0,0) to (0,10), then right to (10,10); (5,5) is inside the bend, (-1,11) outside
        List<Geometry.Point> bend = List.of(p(0, 0), p(0, 10), p(10, 10));
        assertThat(Geometry.side(bend, p(5, 5))).isNotEqualTo(Geometry.side(bend, p(-1, 5)));
        assertThat(Geometry.side(bend, p(5, 5))).isNotEqualTo(Geometry.side(bend, p(5, 15)));
    }

    @Test
    void boxesHoldPointsAndSmallerBoxes() {
        Geometry.Box outer = new Geometry.Box(0, 0, 100, 100);
        Geometry.Box inner = new Geometry.Box(10, 10, 20, 20);
        assertThat(outer.contains(inner)).isTrue();
        assertThat(inner.contains(outer)).isFalse();
        assertThat(inner.contains(inner.centre())).isTrue();
        assertThat(inner.contains(p(50, 50))).isFalse();
    }
}
