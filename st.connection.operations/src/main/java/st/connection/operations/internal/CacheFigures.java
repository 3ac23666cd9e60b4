package st.connection.operations.internal;

/** The cache figures JMX shows for a shared connection and for a login form. */
public interface CacheFigures {

    long getCacheHits();

    long getCacheMisses();

    long getCacheEvictions();

    long getCacheEntries();

    long getCacheBytes();

    /** @return the mean time a cache miss took to read from the data source, in milliseconds */
    double getCacheMeanMissMillis();
}
