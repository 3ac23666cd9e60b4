package st.connection.operations.internal;

/**
 * JMX figures of one login form, {@code st.connection:type=LoginForm,name=NAME}: logins through
 * it since the operations bundle started, and the cache figures of the personal connections.
 */
public interface LoginFormMXBean {

    long getLoginsSucceeded();

    long getLoginsFailed();

    long getCacheHits();

    long getCacheMisses();

    long getCacheEvictions();

    long getCacheEntries();

    long getCacheBytes();

    double getCacheMeanMissMillis();
}
