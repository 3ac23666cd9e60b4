package st.connection.api.cache;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Per-request control of the cache, for the requests of one object a decorated connection handed
 * out. The JDBC adapter offers it on every statement:
 * <pre>{@code
 * try (Statement statement = connection.createStatement()) {
 *     statement.unwrap(CacheControl.class).mode(CacheControl.Mode.REFRESH);   // read after a write made elsewhere
 *     ResultSet rows = statement.executeQuery("SELECT ...");
 * }}</pre>
 * Only statements whose reads can be cached offer it (those of a connection with a {@code ttl},
 * created read-only); {@code isWrapperFor(CacheControl.class)} tells.
 *
 * <p><b>Threading.</b> As the object it controls (a JDBC statement: one thread at a time).
 */
@ProviderType
public interface CacheControl {

    /** How the next requests use the cache. */
    enum Mode {
        /** Answer from the cache when it holds the result; otherwise run and cache (the default). */
        USE,
        /** Run on the data source and cache the fresh result in place of any cached one. */
        REFRESH,
        /** Run on the data source; neither read nor change the cache. */
        BYPASS
    }

    /** Sets how the next requests use the cache; stays until changed. @return this */
    CacheControl mode(Mode mode);

    /** @return how the next requests use the cache */
    Mode mode();

    /**
     * Sets how long results loaded by the next requests are served: more than zero, or
     * {@code null} for the connection's {@code ttl}. @return this
     *
     * @throws IllegalArgumentException if {@code ttl} is zero or negative
     */
    CacheControl ttl(Duration ttl);
}
