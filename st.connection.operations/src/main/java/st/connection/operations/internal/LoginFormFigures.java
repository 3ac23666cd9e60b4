package st.connection.operations.internal;

/** The {@link LoginFormMXBean} of one login form; reads the figures when JMX asks. */
final class LoginFormFigures implements LoginFormMXBean {

    private final ConnectionCounts counts;
    private final CacheFiguresOf cache;

    LoginFormFigures(ConnectionCounts counts, CacheFiguresOf cache) {
        this.counts = counts;
        this.cache = cache;
    }

    @Override
    public long getLoginsSucceeded() {
        return counts.loginsSucceeded();
    }

    @Override
    public long getLoginsFailed() {
        return counts.loginsFailed();
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
