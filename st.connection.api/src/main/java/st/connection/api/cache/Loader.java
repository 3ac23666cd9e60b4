package st.connection.api.cache;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs a request on the data source for {@link ConnectionCache#load}.
 *
 * @param <V> what is cached
 * @param <E> what the load may throw
 */
@ConsumerType
@FunctionalInterface
public interface Loader<V, E extends Exception> {

    /**
     * @return the value to cache and hand out; {@code null} when the answer must not be cached
     *     (too large, or not exactly reproducible): the caller then serves what it kept aside
     */
    V load() throws E;
}
