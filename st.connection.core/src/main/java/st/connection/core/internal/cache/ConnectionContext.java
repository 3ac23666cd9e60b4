package st.connection.core.internal.cache;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The cache's view of one opened connection: an identity, and a generation that every write or
 * session change ({@code USE}, {@code ALTER SESSION}, {@code setSchema}, rollback) advances, so
 * results read before it are never served after it, in any scope.
 */
public final class ConnectionContext {

    private final ResultCache cache;
    private final long id;
    private final AtomicLong generation = new AtomicLong();

    public ConnectionContext(ResultCache cache) {
        this.cache = cache;
        this.id = cache.nextConnectionId();
    }

    long id() {
        return id;
    }

    long generation() {
        return generation.get();
    }

    ResultCache cache() {
        return cache;
    }

    /** The data or the session state may have changed: forget what was read before. */
    public void changed() {
        generation.incrementAndGet();
        cache.invalidateConnection(id);
    }

    /** The connection is closed: its results go with it. */
    public void closed() {
        cache.invalidateConnection(id);
    }
}
