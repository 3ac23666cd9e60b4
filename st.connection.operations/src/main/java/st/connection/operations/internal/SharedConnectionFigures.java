package st.connection.operations.internal;

import java.util.function.Supplier;

import st.connection.api.ConnectionStatus;

/** The {@link SharedConnectionMXBean} of one shared connection; reads the figures when JMX asks. */
final class SharedConnectionFigures implements SharedConnectionMXBean {

    private final Supplier<ConnectionStatus> status;
    private final ConnectionCounts counts;
    private final CacheFiguresOf cache;

    SharedConnectionFigures(Supplier<ConnectionStatus> status, ConnectionCounts counts, CacheFiguresOf cache) {
        this.status = status;
        this.counts = counts;
        this.cache = cache;
    }

    @Override
    public String getState() {
        ConnectionStatus now = status.get();
        return now == null ? "CLOSED" : now.state().name();
    }

    @Override
    public long getOpens() {
        return counts.opens();
    }

    @Override
    public long getReopens() {
        return counts.reopens();
    }

    @Override
    public long getFailures() {
        return counts.failures();
    }

    @Override
    public long getCacheHits() {
        return cache.sum().hits();
    }

    @Override
    public long getCacheMisses() {
        return cache.sum().misses();
    }

    @Override
    public long getCacheEvictions() {
        return cache.sum().evictions();
    }

    @Override
    public long getCacheEntries() {
        return cache.sum().entries();
    }

    @Override
    public long getCacheBytes() {
        return cache.sum().approximateBytes();
    }

    @Override
    public double getCacheMeanMissMillis() {
        return cache.sum().meanMissMillis();
    }
}
