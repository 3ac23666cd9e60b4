package st.connection.ui.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GateCoverageTest {

    @Test
    void aGateReachesTheServletsThatCanAnswerWhatItMatches() {
        assertThat(GateCoverage.reaches("/reports/*", "/reports/*")).isTrue();
        assertThat(GateCoverage.reaches("/reports/*", "/reports")).isTrue();
        assertThat(GateCoverage.reaches("/reports/*", "/reports/2026/*")).isTrue();
        assertThat(GateCoverage.reaches("/reports/2026/*", "/reports/*")).isTrue();
        assertThat(GateCoverage.reaches("/reports/*", "/reports/summary")).isTrue();
        assertThat(GateCoverage.reaches("/reports/*", "*.csv")).isTrue();
        assertThat(GateCoverage.reaches("/reports", "/reports/*")).isTrue();
        assertThat(GateCoverage.reaches("/reports", "/reports")).isTrue();
        assertThat(GateCoverage.reaches("/reports.csv", "*.csv")).isTrue();
        assertThat(GateCoverage.reaches("*.csv", "/x/*")).isTrue();
        assertThat(GateCoverage.reaches("*.csv", "/x/all.csv")).isTrue();
        assertThat(GateCoverage.reaches("*.csv", "*.csv")).isTrue();
        assertThat(GateCoverage.reaches("/anything", "/")).isTrue();
        assertThat(GateCoverage.reaches("/anything/*", "/*")).isTrue();
    }

    @Test
    void aGateOnAPathNoServletServesReachesNothing() {
        assertThat(GateCoverage.reaches("/reports/*", "/reportsx/*")).isFalse();
        assertThat(GateCoverage.reaches("/reports/*", "/report")).isFalse();
        assertThat(GateCoverage.reaches("/reports", "/reports/x")).isFalse();
        assertThat(GateCoverage.reaches("/reports", "*.csv")).isFalse();
        assertThat(GateCoverage.reaches("*.csv", "*.txt")).isFalse();
        assertThat(GateCoverage.reaches("*.csv", "/x/all.txt")).isFalse();
        assertThat(GateCoverage.unreached(List.of("/reprots/*", "/reports/*"), List.of("/login", "/reports/*")))
                .containsExactly("/reprots/*");
    }
}
