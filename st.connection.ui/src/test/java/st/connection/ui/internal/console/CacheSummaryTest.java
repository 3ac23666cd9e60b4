package st.connection.ui.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import st.connection.api.CacheStatistics;

class CacheSummaryTest {

    @Test
    void sumsTheScopesOfOneConnection() {
        List<CacheStatistics> statistics = List.of(new CacheStatistics("sales", "session", 6, 2, 0, 0, 3, 1536),
                new CacheStatistics("sales", "shared", 2, 2, 1, 0, 1, 512),
                new CacheStatistics("other", "shared", 100, 0, 0, 0, 9, 9));
        assertThat(CacheSummary.of("sales", statistics)).isEqualTo("8 hits, 4 misses (67%), 4 entries, 2.0 KB");
        assertThat(CacheSummary.of("none", statistics)).isEqualTo("-");
        assertThat(CacheSummary.of("fresh", List.of(new CacheStatistics("fresh", "shared", 0, 0, 0, 0, 0, 0))))
                .isEqualTo("0 hits, 0 misses, 0 entries, 0 B");
    }
}
