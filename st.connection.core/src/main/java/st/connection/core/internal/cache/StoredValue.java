package st.connection.core.internal.cache;

import java.time.Duration;

/**
 * A value in the store, with what the store needs to keep it: its size for the byte budget, its
 * time to live, and the figures of the connection and scope it counts in.
 */
record StoredValue(Object value, long bytes, Duration ttl, CacheCounters counters) {
}
