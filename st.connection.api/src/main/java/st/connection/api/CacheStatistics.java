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
 */
public record CacheStatistics(String connection, String scope, long hits, long misses, long evictions,
        long expirations, long entries, long approximateBytes) {

    /** @return hits divided by all lookups, 0 when there were none */
    public double hitRatio() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
