package st.connection.core.internal.cache;

import java.util.concurrent.atomic.LongAdder;

import st.connection.api.CacheStatistics;

/** The running figures of one connection and scope; updated from any thread. */
final class CacheCounters {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder expirations = new LongAdder();
    private final LongAdder entries = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder missNanos = new LongAdder();

    void hit() {
        hits.increment();
    }

    /** @param nanos how long the miss took to read from the data source */
    void miss(long nanos) {
        misses.increment();
        missNanos.add(nanos);
    }

    void added(long size) {
        entries.increment();
        bytes.add(size);
    }

    void removed(long size) {
        entries.decrement();
        bytes.add(-size);
    }

    void evicted(long size) {
        evictions.increment();
        removed(size);
    }

    void expired(long size) {
        expirations.increment();
        removed(size);
    }

    /** After the store was replaced or cleared without telling entry by entry. */
    void forgetEntries() {
        entries.reset();
        bytes.reset();
    }

    CacheStatistics snapshot(String connection, String scope) {
        return new CacheStatistics(connection, scope, hits.sum(), misses.sum(), evictions.sum(), expirations.sum(),
                Math.max(0, entries.sum()), Math.max(0, bytes.sum()), missNanos.sum());
    }
}
