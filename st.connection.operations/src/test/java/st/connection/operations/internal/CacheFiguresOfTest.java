package st.connection.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import st.connection.api.CacheStatistics;
import st.connection.api.QueryCache;

class CacheFiguresOfTest {

    @Test
    void sumsTheScopesOfOneNameAndLeavesOtherNamesOut() {
        QueryCache cache = new FixedFigures(List.of(
                new CacheStatistics("sales", "session", 3, 1, 1, 0, 2, 200, 4_000_000),
                new CacheStatistics("sales", "shared", 5, 3, 0, 1, 1, 100, 2_000_000),
                new CacheStatistics("other", "shared", 100, 100, 100, 100, 100, 100, 100)));

        CacheStatistics sum = new CacheFiguresOf("sales", cache).sum();

        assertThat(sum).isEqualTo(new CacheStatistics("sales", "all", 8, 4, 1, 1, 3, 300, 6_000_000));
        assertThat(sum.meanMissMillis()).isEqualTo(1.5);
    }

    @Test
    void aNameWithNothingCachedHasZeros() {
        CacheStatistics sum = new CacheFiguresOf("sales", new FixedFigures(List.of())).sum();

        assertThat(sum.hits() + sum.misses() + sum.entries() + sum.approximateBytes()).isZero();
        assertThat(sum.meanMissMillis()).isZero();
    }

    /** A cache whose figures are given. */
    private record FixedFigures(List<CacheStatistics> statistics) implements QueryCache {

        @Override
        public void invalidate(String connectionName) {
        }

        @Override
        public void invalidateSession(String sessionId) {
        }

        @Override
        public void invalidateAll() {
        }
    }
}
