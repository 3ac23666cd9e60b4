package st.connection.core.internal.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import st.connection.api.cache.CacheControl;
import st.connection.api.cache.ConnectionCache;
import st.connection.api.cache.LoadOptions;
import st.connection.api.cache.Loader;
import st.connection.api.cache.PortableForm;
import st.connection.api.cache.Weighted;

/**
 * One view of one connection's results, in one {@link Scope}: what an adapter gets. Thread safe.
 */
final class ScopedCache implements ConnectionCache {

    /** What a value that does not weigh itself is taken to weigh. */
    static final long UNWEIGHED_BYTES = 256;

    private final ResultCache cache;
    private final ConnectionResults results;
    private final Scope scope;
    private final CacheCounters counters;

    ScopedCache(ResultCache cache, ConnectionResults results, Scope scope, CacheCounters counters) {
        this.cache = cache;
        this.results = results;
        this.scope = scope;
        this.counters = counters;
    }

    @Override
    public String connectionName() {
        return results.name();
    }

    @Override
    public Duration ttl() {
        return results.ttl();
    }

    @Override
    public long maxRows() {
        return cache.maxRows();
    }

    @Override
    public boolean isActive() {
        return scope.id() != Scope.NONE;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get(Object request) {
        long id = scope.id();
        if (id == Scope.NONE) {
            return null;
        }
        StoredValue hit = cache.store().get(results.key(id, request));
        if (hit == null) {
            return null;
        }
        counters.hit();
        return (V) hit.value();
    }

    @Override
    public <V, E extends Exception> V load(Object request, Loader<V, E> loader) throws E {
        return load(request, loader, LoadOptions.defaults());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V, E extends Exception> V load(Object request, Loader<V, E> loader, LoadOptions<E> options) throws E {
        long id = scope.id();
        if (id == Scope.NONE) {
            cache.notCachedOutsideAPerson(results.name());
            return loader.load();
        }
        if (options.mode() == CacheControl.Mode.BYPASS) {
            return loader.load();
        }
        CacheKey key = results.key(id, request);
        if (options.mode() == CacheControl.Mode.REFRESH) {
            return loadAndStore(key, request, loader, options);
        }
        ResultStore store = cache.store();
        StoredValue hit = store.get(key);
        if (hit != null) {
            counters.hit();
            return (V) hit.value();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> leader = cache.flights().join(key, mine);
        if (leader != null) {
            Object shared = options.waiting().await(leader) ? leader.getNow(null) : null;
            if (shared != null) {
                counters.hit();
                return (V) shared;
            }
            return loadAndStore(key, request, loader, options);
        }
        V loaded = null;
        try {
            loaded = loadAndStore(key, request, loader, options);
            return loaded;
        } finally {
            cache.flights().done(key, mine, loaded);
        }
    }

    @Override
    public <V, E extends Exception> V load(Object request, Loader<V, E> loader, LoadOptions<E> options,
            PortableForm<V> form) throws E {
        ClusterLink cluster = cache.cluster();
        PersonResults person = scope.person();
        boolean clustered = scope == Scope.EVERYBODY || person != null && cluster != null && cluster.settings().sessions();
        if (cluster == null || !clustered || results.source() == null) {
            return load(request, loader, options);
        }
        if (options.mode() == CacheControl.Mode.BYPASS) {
            return loader.load();
        }
        return new SharedLoad<>(cache, results, cluster, counters, form, person).load(request, loader, options);
    }

    /** Runs the load and keeps its value, unless the connection changed meanwhile (a write). */
    private <V, E extends Exception> V loadAndStore(CacheKey key, Object request, Loader<V, E> loader,
            LoadOptions<E> options) throws E {
        long started = System.nanoTime();
        V value = loader.load();
        counters.miss(System.nanoTime() - started);
        if (value != null && results.generation() == key.generation()) {
            Duration ttl = options.ttl() != null ? options.ttl() : results.ttl();
            ResultStore store = cache.store();
            store.put(key, new StoredValue(value, weight(value) + weight(request), ttl, store.nowMillis(), counters));
        }
        return value;
    }

    static long weight(Object value) {
        return value instanceof Weighted weighted ? weighted.approximateBytes() : UNWEIGHED_BYTES;
    }

    @Override
    public void invalidate() {
        results.invalidate();
    }

    @Override
    public void unsupported(String reason) {
        results.unsupported(reason);
    }

    @Override
    public String toString() {
        return "ConnectionCache[" + results.name() + ", scope " + scope.id() + "]";
    }
}
