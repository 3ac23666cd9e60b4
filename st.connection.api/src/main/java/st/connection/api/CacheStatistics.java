package st.connection.api;

/**
 * Cache figures for one connection and scope since the cache started.
 *
 * @param connection the connection's name
 * @param scope {@code shared}, or {@code session} (the sum over all sessions)
 * @param hits queries answered from the cache
 * @param misses queries that ran on the data source and were cached (or were too large to cache)
 * @param evictions results removed to make room
 * @param expirations results removed because their time to live ended
 * @param entries results cached now
 * @param approximateBytes estimated heap size of the results cached now
 * @param missNanos the time the misses took to read from the data source, in nanoseconds, summed
 */
public record CacheStatistics(String connection, String scope, long hits, long misses, long evictions,
        long expirations, long entries, long approximateBytes, long missNanos) {

    /** Figures without the time the misses took (it counts as 0). */
    public CacheStatistics(String connection, String scope, long hits, long misses, long evictions,
            long expirations, long entries, long approximateBytes) {
        this(connection, scope, hits, misses, evictions, expirations, entries, approximateBytes, 0);
    }

    /** @return the mean time a miss took to read from the data source, in milliseconds; 0 without misses */
    public double meanMissMillis() {
        return misses == 0 ? 0 : missNanos / 1_000_000.0 / misses;
    }

    /** @return hits divided by all lookups, 0 when there were none */
    public double hitRatio() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
