package st.connection.operations.internal;

/** The cache getters of an MXBean, summed over the cache's scopes when JMX asks. */
abstract class SummedCacheFigures implements CacheFigures {

    private final CacheFiguresOf cache;

    SummedCacheFigures(CacheFiguresOf cache) {
        this.cache = cache;
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
