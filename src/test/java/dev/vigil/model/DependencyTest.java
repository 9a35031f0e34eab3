package dev.vigil.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyTest {

    private static Dependency dep(String version, String latest) {
        return new Dependency("d", null, "library", "maven", version, latest, true, List.of(), List.of(), List.of(), false, null, List.of());
    }

    @Test
    void outdatedComparesVersionsNumerically() {
        assertThat(dep("1.9", "1.10").outdated()).isTrue();
        assertThat(dep("1.2", "1.2.0").outdated()).isFalse();
        assertThat(dep("2.0", "1.9").outdated()).isFalse();
        assertThat(dep("6.1.2", "6.2.8").outdated()).isTrue();
        assertThat(dep("1.0.0-rc1", "1.0.0-rc2").outdated()).isTrue();
        assertThat(dep(null, "1.0").outdated()).isFalse();
    }
}
