package st.connection.core.internal.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Hits are served from an index of what Ehcache holds (a {@link ConcurrentHashMap} that
 * Ehcache's own events keep in step: created, updated, removed, evicted, expired), checking the
 * value's expiry against a {@link CoarseClock}: an Ehcache read costs several times a map's, and
 * a hit is little else. A value read from the index tells Ehcache once a second, so that eviction
 * still follows use.
 *
 * <p>A store is replaced, not reconfigured, when the cache's configuration changes: calls that
 * race with closing it find nothing and store nothing, and never fail.
 */
final class ResultStore {

    private static final Logger LOG = LoggerFactory.getLogger(ResultStore.class);
    private static final String CACHE = "st.connection.results";
    /** How often a value read from the index is also read from Ehcache, for its eviction order. */
    static final long TOUCH_PERIOD_MILLIS = 1000;
    /** What an entry costs beyond its value: Ehcache's holder and map node, and the key. */
    static final long ENTRY_OVERHEAD_BYTES = 160;

    private final Map<CacheKey, StoredValue> index = new ConcurrentHashMap<>();
    private final CoarseClock clock;
    private final CacheManager manager;
    private final Cache<CacheKey, StoredValue> cache;

    private ResultStore(long heapBytes, boolean counted) {
        this.clock = new CoarseClock();
        CacheConfigurationBuilder<CacheKey, StoredValue> configuration = CacheConfigurationBuilder
                .newCacheConfigurationBuilder(CacheKey.class, StoredValue.class,
                        ResourcePoolsBuilder.newResourcePoolsBuilder().heap(heapBytes, MemoryUnit.B))
                .withExpiry(new OwnTimeToLive())
                .withService(CacheEventListenerConfigurationBuilder
                        .newEventListenerConfiguration(new Indexing(counted), EventType.CREATED, EventType.UPDATED,
                                EventType.REMOVED, EventType.EVICTED, EventType.EXPIRED)
                        .ordered().synchronous());
        this.manager = withOwnClassLoader(() -> CacheManagerBuilder.newCacheManagerBuilder()
                .using(new PrecomputedSizes()).withCache(CACHE, configuration).build(true));
        this.cache = manager.getCache(CACHE, CacheKey.class, StoredValue.class);
    }

    /**
     * @param heapBytes the heap tier's budget, the values' own estimates and their overhead included
     * @param counted whether events count in the figures
     */
    static ResultStore open(long heapBytes, boolean counted) {
        ResultStore store = new ResultStore(heapBytes, counted);
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
        StoredValue indexed = index.get(key);
        if (indexed == null) {
            return null;
        }
        long now = clock.millis();
        if (indexed.isExpiredAt(now)) {
            index.remove(key, indexed);
            return null;
        }
        if (indexed.touchDue(now, TOUCH_PERIOD_MILLIS)) {
            touch(key);
        }
        return indexed;
    }

    /** A read Ehcache sees, so that its eviction puts this value behind those nobody reads. */
    private void touch(CacheKey key) {
        try {
            cache.get(key);
        } catch (IllegalStateException closed) {
            // replaced meanwhile
        }
    }

    long nowMillis() {
        return clock.millis();
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
        index.clear();
    }

    void close() {
        withOwnClassLoader(() -> {
            manager.close();
            return null;
        });
        index.clear();
        clock.close();
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

    /**
     * Keeps the index in step with what Ehcache holds, event by event in their order, and counts
     * entries, bytes, evictions and expirations in the figures each value belongs to.
     */
    private final class Indexing implements CacheEventListener<CacheKey, StoredValue> {

        private final boolean counted;

        Indexing(boolean counted) {
            this.counted = counted;
        }

        @Override
        public void onEvent(CacheEvent<? extends CacheKey, ? extends StoredValue> event) {
            CacheKey key = event.getKey();
            StoredValue added = event.getNewValue();
            StoredValue gone = event.getOldValue();
            switch (event.getType()) {
                case CREATED, UPDATED -> index.put(key, added);
                default -> index.remove(key, gone);
            }
            if (counted) {
                count(event.getType(), added, gone);
            }
        }

        private void count(EventType type, StoredValue added, StoredValue gone) {
            switch (type) {
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
