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
 * <p>Hits are served from an index of what Ehcache holds (a {@link ConcurrentHashMap}), checking
 * the value's expiry against a {@link CoarseClock}: an Ehcache read costs several times a map's,
 * and a hit is little else. A value enters the index once Ehcache has taken it, and leaves it
 * with Ehcache's removal, eviction and expiry events (matched by identity, so events that race
 * with a newer value of the same key leave that value alone). A value read from the index is read
 * from Ehcache too, once a second, so that eviction still follows use and an index entry that
 * raced with its eviction is found out; one never read again is swept out once its time to live
 * is over.
 *
 * <p>A store is replaced, not reconfigured, when the cache's configuration changes: calls that
 * race with closing it find nothing and store nothing, and never fail.
 */
final class ResultStore {

    private static final Logger LOG = LoggerFactory.getLogger(ResultStore.class);
    private static final String CACHE = "st.connection.results";
    /** How often a value read from the index is also read from Ehcache, for its eviction order. */
    static final long TOUCH_PERIOD_MILLIS = 1000;
    /** How often values whose time to live is over leave the index, whether read or not. */
    static final Duration SWEEP_PERIOD = Duration.ofSeconds(10);
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
                        .unordered().synchronous());
        this.manager = withOwnClassLoader(() -> CacheManagerBuilder.newCacheManagerBuilder()
                .using(new PrecomputedSizes()).withCache(CACHE, configuration).build(true));
        this.cache = manager.getCache(CACHE, CacheKey.class, StoredValue.class);
        clock.every(SWEEP_PERIOD, this::sweep);
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
    static <T> T withOwnClassLoader(Supplier<T> action) {
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
        if (indexed.touchDue(now, TOUCH_PERIOD_MILLIS) && !touch(key, indexed)) {
            return null;
        }
        return indexed;
    }

    /**
     * A read Ehcache sees, so that its eviction puts this value behind those nobody reads.
     *
     * @return whether Ehcache still holds the value; if not, it has left the index
     */
    private boolean touch(CacheKey key, StoredValue indexed) {
        StoredValue held;
        try {
            held = cache.get(key);
        } catch (IllegalStateException closed) {
            held = null;
        }
        if (held != indexed) {
            index.remove(key, indexed);
            return false;
        }
        return true;
    }

    /**
     * The time a new value's expiry counts from: the real time, not the coarse clock, which may lag
     * when its thread waits for a core. Checks read the coarse clock, so a lag can only make an
     * expiry late, never early.
     */
    long nowMillis() {
        return System.currentTimeMillis();
    }

    /** Keeps the value if Ehcache takes it (it refuses one larger than its whole budget). */
    void put(CacheKey key, StoredValue value) {
        try {
            cache.put(key, value);
            if (cache.get(key) == value) {
                index.put(key, value);
            }
        } catch (IllegalStateException closed) {
            // replaced by a newer store meanwhile: the value is simply not kept
        }
    }

    private void sweep() {
        long now = clock.millis();
        index.values().removeIf(value -> value.isExpiredAt(now));
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
     * Takes what Ehcache let go out of the index, and counts entries, bytes, evictions and
     * expirations in the figures each value belongs to (sums, so the order of events does not
     * matter).
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
            if (gone != null && event.getType() != EventType.UPDATED) {
                index.remove(key, gone);
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
