package st.connection.core.internal.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import st.connection.api.cache.ConnectionCache;

/**
 * The results of one opened (physical) connection: an identity, and a generation that every write
 * or session change advances, so that results read before it are never served after it, in any
 * scope. Thread safe.
 */
public final class ConnectionResults {

    private final ResultCache cache;
    private final long id;
    private final String name;
    /** What names the data source on every node (no secret), or {@code null} for a personal connection. */
    private final String source;
    private final Duration ttl;
    private final Consumer<String> unsupported;
    private final AtomicLong generation = new AtomicLong();

    ConnectionResults(ResultCache cache, long id, String name, String source, Duration ttl,
            Consumer<String> unsupported) {
        this.cache = cache;
        this.id = id;
        this.name = name;
        this.source = source;
        this.ttl = ttl;
        this.unsupported = unsupported;
    }

    /** @return the view for everybody on the connection ({@code cache.scope=shared}) */
    public ConnectionCache forEverybody() {
        return new ScopedCache(cache, this, Scope.EVERYBODY, cache.counters(name, CacheFigures.SHARED));
    }

    /** @return the view of one person: a personal connection, or a person's view of a shared one */
    public ConnectionCache forPerson(PersonResults person) {
        return new ScopedCache(cache, this, Scope.of(person), cache.counters(name, CacheFigures.SESSION));
    }

    /** @return the view that caches for the person the reading thread works for, and not at all without one */
    public ConnectionCache forCurrentPerson() {
        return new ScopedCache(cache, this, cache.currentPersonScope(), cache.counters(name, CacheFigures.SESSION));
    }

    String name() {
        return name;
    }

    Duration ttl() {
        return ttl;
    }

    /** @return what names the data source on every node, or {@code null} if its results are never shared */
    String source() {
        return source;
    }

    long generation() {
        return generation.get();
    }

    CacheKey key(long scope, Object request) {
        return new CacheKey(id, generation.get(), scope, request);
    }

    void unsupported(String reason) {
        unsupported.accept(reason);
    }

    /**
     * The data or the session's state may have changed: nothing read before is served again, on
     * this node, and (for a data source whose results are shared) on every node once this returns.
     */
    public void invalidate() {
        generation.incrementAndGet();
        if (source != null) {
            cache.advanceShared(source);
        }
    }

    /** The connection is closed: its results are never served again, and age out of the store. */
    public void close() {
        generation.incrementAndGet();
        cache.closed(this);
    }

    /** Removes this connection's results now (their adapter is leaving: they hold its classes). */
    public void dropAll() {
        invalidate();
        cache.removeAll(id);
    }

    long id() {
        return id;
    }

    @Override
    public String toString() {
        return "ConnectionResults[" + name + " #" + id + ", generation " + generation.get() + "]";
    }
}
