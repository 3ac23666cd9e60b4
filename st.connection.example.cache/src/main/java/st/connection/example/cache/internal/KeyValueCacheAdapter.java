package st.connection.example.cache.internal;

import org.osgi.service.component.annotations.Component;

import st.connection.api.cache.CacheAdapter;
import st.connection.api.cache.ConnectionCache;
import st.connection.api.cache.LoadOptions;
import st.connection.example.KeyValueSession;

/**
 * Caches the reads of {@link KeyValueSession}s: with a {@code ttl} on a {@code kv} connection,
 * {@code get} of the same key is answered from the cache until the ttl ends, and every
 * {@code put} invalidates what was cached. Reads are loaded with a {@link FoundForm}, so that with a
 * cluster configured, every node shares them.
 */
@Component(property = CacheAdapter.TYPE + "=st.connection.example.KeyValueSession")
public class KeyValueCacheAdapter implements CacheAdapter<KeyValueSession> {

    @Override
    public Class<KeyValueSession> type() {
        return KeyValueSession.class;
    }

    @Override
    public KeyValueSession decorate(KeyValueSession session, ConnectionCache cache) {
        return new CachingKeyValueSession(session, cache);
    }

    /** The request of a read: the key. A record, so equal keys are equal requests. */
    record Get(String key) {
    }

    /** A read's answer; a record, so that "no value" can be cached too. */
    record Found(String value) {
    }

    /** A session whose reads go through the cache and whose writes invalidate it. */
    record CachingKeyValueSession(KeyValueSession session, ConnectionCache cache) implements KeyValueSession {

        @Override
        public String get(String key) {
            return cache.load(new Get(key), () -> new Found(session.get(key)), LoadOptions.<RuntimeException>defaults(),
                    FoundForm.INSTANCE).value();
        }

        @Override
        public void put(String key, String value) {
            try {
                session.put(key, value);
            } finally {
                cache.invalidate();
            }
        }

        @Override
        public long storeReads() {
            return session.storeReads();
        }
    }
}
