package st.connection.core.internal.cache;

import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import st.connection.api.cache.CacheControl;
import st.connection.api.cache.LoadOptions;
import st.connection.api.cache.Loader;
import st.connection.api.cache.PortableForm;

/**
 * One load of a result every node may share: looked up in the clustered tier under the data
 * source, its generation token there and the request's bytes; loaded and stored there on a miss.
 * The token is read before the load, so a value loaded across a write is stored under the old
 * token, where nobody looks. Without the tier (unreachable), the load is not cached: this node's
 * own store could not tell a write made on another node.
 *
 * <p>A value this node read back (or stored) is also kept in the node's own store under the same
 * clustered key, until the tier's value ends: the key holds the token read from the server on
 * each lookup, so after a write on any node it is never looked up again, and a hit needs no
 * decoding (nor the adapter's work that a decoded copy would redo). A value the form cannot write
 * is kept only there: other nodes load their own, and a write through any node ends it alike.
 *
 * <p>A person's results ({@code cluster.sessions}) are keyed by their session's digest and a token
 * of the person's own in the tier as well, which their logout or the end of their session replaces.
 */
final class SharedLoad<V> {

    private final ResultCache cache;
    private final ConnectionResults results;
    private final ClusterLink cluster;
    private final CacheCounters counters;
    private final PortableForm<V> form;
    /** The person whose results these are, or {@code null} for everybody's. */
    private final PersonResults person;

    SharedLoad(ResultCache cache, ConnectionResults results, ClusterLink cluster, CacheCounters counters,
            PortableForm<V> form, PersonResults person) {
        this.cache = cache;
        this.results = results;
        this.cluster = cluster;
        this.counters = counters;
        this.form = form;
        this.person = person;
    }

    <E extends Exception> V load(Object request, Loader<V, E> loader, LoadOptions<E> options) throws E {
        ClusterTier tier = cluster.tier();
        byte[] requestBytes = tier == null ? null : form.request(request);
        if (requestBytes == null) {
            return uncached(loader);
        }
        String key;
        try {
            key = results.source() + '\n' + tier.generation(results.source()) + '\n' + whose(tier)
                    + Base64.getEncoder().encodeToString(requestBytes);
            if (options.mode() != CacheControl.Mode.REFRESH) {
                V near = nearCopy(key);
                if (near != null) {
                    counters.hit();
                    return near;
                }
                ClusterTier.Found hit = tier.get(key);
                if (hit != null) {
                    counters.hit();
                    V value = form.read(hit.value());
                    keepNear(key, value, hit.endsAtMillis());
                    return value;
                }
            }
        } catch (ClusterUnavailable e) {
            cluster.failed(tier, e);
            return uncached(loader);
        }
        return loadOnce(tier, key, loader, options);
    }

    /** @return for a person's results, their session's digest and their token in the tier, on a line */
    private String whose(ClusterTier tier) {
        if (person == null) {
            return "";
        }
        String source = person.clusterSource();
        return source + ' ' + tier.generation(source) + '\n';
    }

    /** Concurrent identical loads on this node run once; the others share the value. */
    @SuppressWarnings("unchecked")
    private <E extends Exception> V loadOnce(ClusterTier tier, String key, Loader<V, E> loader, LoadOptions<E> options)
            throws E {
        CacheKey flight = new CacheKey(results.id(), results.generation(), Scope.EVERYBODY.id(), key);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> leader = cache.flights().join(flight, mine);
        if (leader != null) {
            Object shared = options.waiting().await(leader) ? leader.getNow(null) : null;
            if (shared != null) {
                counters.hit();
                return (V) shared;
            }
            return loadAndStore(tier, key, loader, options);
        }
        V loaded = null;
        try {
            loaded = loadAndStore(tier, key, loader, options);
            return loaded;
        } finally {
            cache.flights().done(flight, mine, loaded);
        }
    }

    private <E extends Exception> V loadAndStore(ClusterTier tier, String key, Loader<V, E> loader,
            LoadOptions<E> options) throws E {
        long started = System.nanoTime();
        V value = loader.load();
        counters.miss(System.nanoTime() - started);
        if (value == null) {
            return null;
        }
        Duration ttl = options.ttl() != null ? options.ttl() : results.ttl();
        long endsAtMillis = System.currentTimeMillis() + ttl.toMillis();
        byte[] bytes = form.write(value);
        if (bytes == null) {
            keepNear(key, value, endsAtMillis);
            return value;
        }
        try {
            tier.put(key, bytes, ttl);
            keepNear(key, value, endsAtMillis);
        } catch (ClusterUnavailable e) {
            cluster.failed(tier, e);
        }
        return value;
    }

    /** @return what this node keeps under the clustered key, or {@code null} */
    @SuppressWarnings("unchecked")
    private V nearCopy(String key) {
        StoredValue near = cache.store().get(nearKey(key));
        return near == null ? null : (V) near.value();
    }

    private void keepNear(String key, V value, long endsAtMillis) {
        ResultStore store = cache.store();
        long now = store.nowMillis();
        if (value != null && endsAtMillis > now) {
            store.put(nearKey(key), new StoredValue(value, ScopedCache.weight(value) + 2L * key.length(),
                    Duration.ofMillis(endsAtMillis - now), now, counters));
        }
    }

    private CacheKey nearKey(String key) {
        return new CacheKey(results.id(), results.generation(), Scope.EVERYBODY.id(), new Clustered(key));
    }

    /** A clustered key as a key of this node's store: never equal to an adapter's request. */
    private record Clustered(String key) {
    }

    private <E extends Exception> V uncached(Loader<V, E> loader) throws E {
        long started = System.nanoTime();
        V value = loader.load();
        counters.miss(System.nanoTime() - started);
        return value;
    }
}
