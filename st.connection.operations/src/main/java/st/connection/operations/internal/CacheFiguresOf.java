package st.connection.operations.internal;

import java.util.List;

import st.connection.api.CacheStatistics;
import st.connection.api.QueryCache;

/** The cache figures of one connection name, summed over its scopes, read when asked. */
final class CacheFiguresOf {

    private final String name;
    private final QueryCache cache;

    CacheFiguresOf(String name, QueryCache cache) {
        this.name = name;
        this.cache = cache;
    }

    /** @return the sum over the scopes, or zeros when nothing was cached yet */
    CacheStatistics sum() {
        List<CacheStatistics> mine = cache.statistics().stream().filter(s -> s.connection().equals(name)).toList();
        long hits = 0;
        long misses = 0;
        long evictions = 0;
        long expirations = 0;
        long entries = 0;
        long bytes = 0;
        long missNanos = 0;
        for (CacheStatistics figures : mine) {
            hits += figures.hits();
            misses += figures.misses();
            evictions += figures.evictions();
            expirations += figures.expirations();
            entries += figures.entries();
            bytes += figures.approximateBytes();
            missNanos += figures.missNanos();
        }
        return new CacheStatistics(name, "all", hits, misses, evictions, expirations, entries, bytes, missNanos);
    }
}
