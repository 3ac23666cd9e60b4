package st.connection.core.internal.cache;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import org.ehcache.Cache;
import org.ehcache.PersistentCacheManager;
import org.ehcache.clustered.client.config.builders.ClusteredResourcePoolBuilder;
import org.ehcache.clustered.client.config.builders.ClusteredStoreConfigurationBuilder;
import org.ehcache.clustered.client.config.builders.ClusteringServiceConfigurationBuilder;
import org.ehcache.clustered.client.config.builders.TimeoutsBuilder;
import org.ehcache.clustered.common.Consistency;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.config.units.EntryUnit;
import org.ehcache.config.units.MemoryUnit;
import org.ehcache.core.internal.resilience.ThrowingResilienceStrategy;
import org.ehcache.expiry.ExpiryPolicy;

/**
 * The clustered tier on a Terracotta server, through Ehcache's clustered client (embedded in this
 * bundle): values as bytes under keys that mean the same on every node, and per data source a
 * generation token that any node's write replaces. Tokens are read from the server on every
 * lookup, never from a node's heap: a heap copy could outlive a write made while this node was
 * cut off. Values are kept on each node's heap too, since a key (it holds the token) never names
 * another value. Tokens are random, so a token lost to eviction or a restarted server is never
 * mistaken for an older one.
 *
 * <p>Every failure to reach the server is thrown as {@link ClusterUnavailable}; the tier does not
 * retry. Thread safe.
 */
final class ClusterTier implements AutoCloseable {

    private static final String RESULTS = "st.connection.shared-results";
    private static final String GENERATIONS = "st.connection.generations";
    /** Values each node keeps on its heap in front of the server. */
    static final long NEAR_ENTRIES = 10_000;
    private static final long GENERATIONS_MEGABYTES = 4;
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final PersistentCacheManager manager;
    private final Cache<String, byte[]> results;
    private final Cache<String, String> generations;

    private ClusterTier(PersistentCacheManager manager) {
        this.manager = manager;
        this.results = manager.getCache(RESULTS, String.class, byte[].class);
        this.generations = manager.getCache(GENERATIONS, String.class, String.class);
    }

    /**
     * Connects, creating the tier on the server if it is not there yet.
     *
     * @throws ClusterUnavailable if the server cannot be reached or refuses the tier
     */
    static ClusterTier connect(ClusterSettings settings) {
        try {
            return ResultStore.withOwnClassLoader(() -> new ClusterTier(managerFor(settings)));
        } catch (RuntimeException e) {
            throw new ClusterUnavailable("cannot connect to " + settings.uri() + ": " + rootMessage(e), e);
        }
    }

    private static PersistentCacheManager managerFor(ClusterSettings settings) {
        URI uri = settings.uri();
        return CacheManagerBuilder.newCacheManagerBuilder()
                .with(ClusteringServiceConfigurationBuilder.cluster(uri)
                        .timeouts(TimeoutsBuilder.timeouts().read(TIMEOUT).write(TIMEOUT).connection(TIMEOUT))
                        .autoCreate(server -> server.defaultServerResource(settings.resource())))
                .withCache(RESULTS, tier(byte[].class, ResourcePoolsBuilder.newResourcePoolsBuilder()
                        .heap(NEAR_ENTRIES, EntryUnit.ENTRIES)
                        .with(ClusteredResourcePoolBuilder.clusteredDedicated(settings.megabytes(), MemoryUnit.MB)))
                        .withExpiry(new WrittenExpiry()))
                .withCache(GENERATIONS, tier(String.class, ResourcePoolsBuilder.newResourcePoolsBuilder()
                        .with(ClusteredResourcePoolBuilder.clusteredDedicated(GENERATIONS_MEGABYTES, MemoryUnit.MB))))
                .build(true);
    }

    private static <V> CacheConfigurationBuilder<String, V> tier(Class<V> type, ResourcePoolsBuilder pools) {
        return CacheConfigurationBuilder.newCacheConfigurationBuilder(String.class, type, pools)
                .withService(ClusteredStoreConfigurationBuilder.withConsistency(Consistency.STRONG))
                .withResilienceStrategy(new ThrowingResilienceStrategy<>());
    }

    /** @return the data source's current generation token, created if it has none */
    String generation(String source) {
        return call(() -> {
            String token = generations.get(source);
            if (token != null) {
                return token;
            }
            String fresh = UUID.randomUUID().toString();
            String raced = generations.putIfAbsent(source, fresh);
            return raced != null ? raced : fresh;
        });
    }

    /** Makes every result of the data source unreachable, on every node, once this returns. */
    void advance(String source) {
        call(() -> {
            generations.put(source, UUID.randomUUID().toString());
            return null;
        });
    }

    /** A value found in the tier, and the wall-clock time it ends. */
    record Found(byte[] value, long endsAtMillis) {
    }

    /** @return the bytes stored under the key with the time they end, or {@code null} */
    Found get(String key) {
        byte[] stored = call(() -> results.get(key));
        return stored == null ? null : new Found(Expiring.valueOf(stored), Expiring.endsAtMillis(stored));
    }

    void put(String key, byte[] value, Duration ttl) {
        call(() -> {
            results.put(key, Expiring.of(value, ttl));
            return null;
        });
    }

    /** Drops everything, on the server too: what was stored before cannot be proven current. */
    void clear() {
        call(() -> {
            generations.clear();
            results.clear();
            return null;
        });
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw new ClusterUnavailable(rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void close() {
        try {
            ResultStore.withOwnClassLoader(() -> {
                manager.close();
                return null;
            });
        } catch (RuntimeException e) {
            // the server is gone: nothing left to release on it
        }
    }

    /**
     * A stored value with the wall-clock time it ends (the nodes' clocks are assumed close):
     * the clustered tier's expiry reads it, so each value keeps its own time to live.
     */
    static final class Expiring {

        private Expiring() {
        }

        static byte[] of(byte[] value, Duration ttl) {
            return ByteBuffer.allocate(Long.BYTES + value.length)
                    .putLong(System.currentTimeMillis() + ttl.toMillis()).put(value).array();
        }

        static long endsAtMillis(byte[] stored) {
            return ByteBuffer.wrap(stored).getLong();
        }

        static byte[] valueOf(byte[] stored) {
            byte[] value = new byte[stored.length - Long.BYTES];
            System.arraycopy(stored, Long.BYTES, value, 0, value.length);
            return value;
        }
    }

    /** Each value lives until the time written in front of it; reads do not extend it. */
    private static final class WrittenExpiry implements ExpiryPolicy<String, byte[]> {

        @Override
        public Duration getExpiryForCreation(String key, byte[] stored) {
            long left = Expiring.endsAtMillis(stored) - System.currentTimeMillis();
            return left > 0 ? Duration.ofMillis(left) : Duration.ZERO;
        }

        @Override
        public Duration getExpiryForAccess(String key, Supplier<? extends byte[]> stored) {
            return null;
        }

        @Override
        public Duration getExpiryForUpdate(String key, Supplier<? extends byte[]> old, byte[] stored) {
            return getExpiryForCreation(key, stored);
        }
    }
}
