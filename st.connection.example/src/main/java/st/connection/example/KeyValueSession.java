package st.connection.example;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A session on one named key-value store of the {@code kv} connector: a connection type that is
 * not JDBC, to show that connectors (and cache adapters) work for any type.
 *
 * <p><b>Threading.</b> Thread safe.
 */
@ProviderType
public interface KeyValueSession {

    /** @return the value stored under the key, or {@code null} if there is none */
    String get(String key);

    /** Stores a value under a key, replacing any earlier one. */
    void put(String key, String value);

    /** @return how many reads ({@link #get}) the store has answered, from every session: to watch a cache work */
    long storeReads();
}
