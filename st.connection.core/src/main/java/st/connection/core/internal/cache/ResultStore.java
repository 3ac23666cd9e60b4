package st.connection.core.internal.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.ehcache.Cache;
import org.ehcache.CacheManager;
import org.ehcache.config.ResourceUnit;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheEventListenerConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.config.units.MemoryUnit;
import org.ehcache.core.spi.store.Store;
import org.ehcache.core.spi.store.heap.SizeOfEngine;
import org.ehcache.core.spi.store.heap.SizeOfEngineProvider;
import org.ehcache.event.CacheEvent;
import org.ehcache.event.CacheEventListener;
import org.ehcache.event.EventType;
import org.ehcache.expiry.ExpiryPolicy;
import org.ehcache.spi.service.ServiceConfiguration;
import org.ehcache.spi.service.ServiceProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ehcache 3 heap store behind the cache, embedded privately in this bundle. Its heap tier is
 * bounded in bytes and evicts the least recently used values beyond it; each value weighs what
 * its adapter computed once when it was loaded (no object-graph walk on put). Each value expires
 * after its own time to live. Every event counts in the figures of the value's connection and
 * scope.
 *
 * <p>A store is replaced, not reconfigured, when the cache's configuration changes: calls that
 * race with closing it find nothing and store nothing, and never fail.
 */
final class ResultStore {

    private static final Logger LOG = LoggerFactory.getLogger(ResultStore.class);
    private static final String CACHE = "st.connection.results";
    /** What an entry costs beyond its value: Ehcache's holder and map node, and the key. */
    static final long ENTRY_OVERHEAD_BYTES = 160;

    private final CacheManager manager;
    private final Cache<CacheKey, StoredValue> cache;

    private ResultStore(CacheManager manager) {
        this.manager = manager;
        this.cache = manager.getCache(CACHE, CacheKey.class, StoredValue.class);
    }

    /** @param heapBytes the heap tier's budget, the values' own estimates and their overhead included */
    static ResultStore open(long heapBytes, boolean counted) {
        CacheConfigurationBuilder<CacheKey, StoredValue> configuration = CacheConfigurationBuilder
                .newCacheConfigurationBuilder(CacheKey.class, StoredValue.class,
                        ResourcePoolsBuilder.newResourcePoolsBuilder().heap(heapBytes, MemoryUnit.B))
                .withExpiry(new OwnTimeToLive());
        if (counted) {
            configuration = configuration.withService(CacheEventListenerConfigurationBuilder
                    .newEventListenerConfiguration(new Counting(), EventType.CREATED, EventType.UPDATED,
                            EventType.REMOVED, EventType.EVICTED, EventType.EXPIRED)
                    .unordered().synchronous());
        }
        CacheConfigurationBuilder<CacheKey, StoredValue> cacheConfiguration = configuration;
        ResultStore store = new ResultStore(withOwnClassLoader(() -> CacheManagerBuilder.newCacheManagerBuilder()
                .using(new PrecomputedSizes())
                .withCache(CACHE, cacheConfiguration).build(true)));
        LOG.debug("Result store opened: {} bytes of heap", heapBytes);
        return store;
    }

    /**
     * Ehcache finds its own services through the context class loader, when it starts and when
     * it stops them (else: "... is not a Service"); so both run with this bundle's.
     */
    private static <T> T withOwnClassLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(ResultStore.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    /** @return the value, or {@code null} if absent, expired, or the store was closed */
    StoredValue get(CacheKey key) {
        try {
            return cache.get(key);
        } catch (IllegalStateException closed) {
            return null;
        }
    }

    void put(CacheKey key, StoredValue value) {
        try {
            cache.put(key, value);
        } catch (IllegalStateException closed) {
            // replaced by a newer store meanwhile: the value is simply not kept
        }
    }

    /** Removes the values whose keys match, walking every entry: only for rare events (an adapter leaving). */
    void removeIf(Predicate<CacheKey> matches) {
        try {
            List<CacheKey> doomed = new ArrayList<>();
            cache.forEach(entry -> {
                if (matches.test(entry.getKey())) {
                    doomed.add(entry.getKey());
                }
            });
            doomed.forEach(cache::remove);
        } catch (IllegalStateException closed) {
            // nothing left to remove
        }
    }

    void clear() {
        try {
            cache.clear();
        } catch (IllegalStateException closed) {
            // nothing left to clear
        }
    }

    void close() {
        withOwnClassLoader(() -> {
            manager.close();
            return null;
        });
    }

    /** Each value lives for its own time to live; reading it does not extend it. */
    private static final class OwnTimeToLive implements ExpiryPolicy<CacheKey, StoredValue> {

        @Override
        public Duration getExpiryForCreation(CacheKey key, StoredValue value) {
            return value.ttl();
        }

        @Override
        public Duration getExpiryForAccess(CacheKey key, Supplier<? extends StoredValue> value) {
            return null;
        }

        @Override
        public Duration getExpiryForUpdate(CacheKey key, Supplier<? extends StoredValue> oldValue,
                StoredValue newValue) {
            return newValue.ttl();
        }
    }

    /** Weighs a value by the size its adapter computed, instead of walking its object graph. */
    private static final class PrecomputedSizes implements SizeOfEngineProvider {

        @Override
        public SizeOfEngine createSizeOfEngine(ResourceUnit unit, ServiceConfiguration<?, ?>... configurations) {
            return new SizeOfEngine() {
                @Override
                public <K, V> long sizeof(K key, Store.ValueHolder<V> holder) {
                    return ((StoredValue) holder.get()).bytes() + ENTRY_OVERHEAD_BYTES;
                }
            };
        }

        @Override
        public void start(ServiceProvider<org.ehcache.spi.service.Service> serviceProvider) {
            // nothing to start
        }

        @Override
        public void stop() {
            // nothing to stop
        }
    }

    /** Counts entries, bytes, evictions and expirations in the figures each value belongs to. */
    private static final class Counting implements CacheEventListener<CacheKey, StoredValue> {

        @Override
        public void onEvent(CacheEvent<? extends CacheKey, ? extends StoredValue> event) {
            StoredValue added = event.getNewValue();
            StoredValue gone = event.getOldValue();
            switch (event.getType()) {
                case CREATED -> added.counters().added(added.bytes());
                case UPDATED -> {
                    gone.counters().removed(gone.bytes());
                    added.counters().added(added.bytes());
                }
                case REMOVED -> gone.counters().removed(gone.bytes());
                case EVICTED -> gone.counters().evicted(gone.bytes());
                case EXPIRED -> gone.counters().expired(gone.bytes());
            }
        }
    }
}
