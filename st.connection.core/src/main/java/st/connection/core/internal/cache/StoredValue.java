package st.connection.core.internal.cache;

import java.time.Duration;

/**
 * A value in the store, with what the store needs to keep it: its size for the byte budget, its
 * time to live and when it ends, the figures of the connection and scope it counts in, and when
 * Ehcache last saw it read (hits served from the store's index tell Ehcache now and then, so its
 * eviction still follows use).
 */
final class StoredValue {

    private final Object value;
    private final long bytes;
    private final Duration ttl;
    private final long expiresAtMillis;
    private final CacheCounters counters;
    private volatile long touchedAtMillis;

    StoredValue(Object value, long bytes, Duration ttl, long nowMillis, CacheCounters counters) {
        this.value = value;
        this.bytes = bytes;
        this.ttl = ttl;
        this.expiresAtMillis = nowMillis + ttl.toMillis();
        this.counters = counters;
        this.touchedAtMillis = nowMillis;
    }

    Object value() {
        return value;
    }

    long bytes() {
        return bytes;
    }

    Duration ttl() {
        return ttl;
    }

    CacheCounters counters() {
        return counters;
    }

    boolean isExpiredAt(long nowMillis) {
        return nowMillis >= expiresAtMillis;
    }

    /** @return whether Ehcache should be told of a read now (it was not for a while); notes it if so */
    boolean touchDue(long nowMillis, long periodMillis) {
        if (nowMillis - touchedAtMillis < periodMillis) {
            return false;
        }
        touchedAtMillis = nowMillis;
        return true;
    }
}
