package st.connection.example.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import st.connection.example.KeyValueSession;

/** One in-memory store of the {@code kv} connector, counting the reads it answers. Thread safe. */
final class KeyValueStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();

    /** A session on the store; closed, it refuses every call. */
    static final class Session implements KeyValueSession {

        private final KeyValueStore store;
        private volatile boolean open = true;

        Session(KeyValueStore store) {
            this.store = store;
        }

        @Override
        public String get(String key) {
            requireOpen();
            store.reads.incrementAndGet();
            return store.values.get(key);
        }

        @Override
        public void put(String key, String value) {
            requireOpen();
            store.values.put(key, value);
        }

        @Override
        public long storeReads() {
            return store.reads.get();
        }

        boolean isOpen() {
            return open;
        }

        void close() {
            open = false;
        }

        private void requireOpen() {
            if (!open) {
                throw new IllegalStateException("The key-value session is closed");
            }
        }
    }
}
