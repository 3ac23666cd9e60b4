package st.connection.core.internal.cache;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.ehcache.Cache;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheEventListenerConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.config.units.EntryUnit;
import org.ehcache.config.units.MemoryUnit;
import org.ehcache.event.EventType;
import org.ehcache.expiry.ExpiryPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.CacheStatistics;
import st.connection.api.QueryCache;
import st.connection.core.internal.ConfigurationProblems;
import st.connection.core.internal.ConfigurationReader;

/**
 * The query result cache: Ehcache 3 (embedded privately in this bundle) holds
 * {@link CachedResult}s under {@link QueryKey}s, each entry expiring after its own time to live.
 * Concurrent identical misses run the query once. Statistics are kept per connection and scope.
 */
@Component(service = {ResultCache.class, QueryCache.class}, configurationPid = ResultCache.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CacheConfig.class)
public class ResultCache implements QueryCache {

    static final String PID = "st.connection.cache";
    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);

    private final ConfigurationProblems problems;
    private final AtomicLong connectionIds = new AtomicLong();
    private final Map<QueryKey, CompletableFuture<CachedResult>> inFlight = new ConcurrentHashMap<>();
    private final Map<StatisticsKey, CacheCounters> counters = new ConcurrentHashMap<>();
    private volatile CacheSettings settings;
    /** Opened when the first result is cached: until a connection with a ttl is used, Ehcache costs nothing. */
    private volatile Store store;

    @Activate
    public ResultCache(@Reference ConfigurationProblems problems, Map<String, Object> properties) {
        this.problems = problems;
        this.settings = settings(properties);
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        settings = settings(properties);
        close();
        counters.values().forEach(CacheCounters::forgetEntries);
    }

    @Deactivate
    synchronized void close() {
        Store open = store;
        store = null;
        if (open != null) {
            open.close();
        }
    }

    private Store store() {
        Store open = store;
        if (open == null) {
            synchronized (this) {
                open = store;
                if (open == null) {
                    store = open = Store.open(settings, this::countersFor);
                }
            }
        }
        return open;
    }

    /** Applies a removal to the open store; with none, nothing is cached to remove. */
    private void ifOpen(java.util.function.Consumer<Store> removal) {
        Store open = store;
        if (open != null) {
            removal.accept(open);
        }
    }

    private CacheSettings settings(Map<String, Object> properties) {
        ConfigurationReader reader = new ConfigurationReader(PID, properties);
        CacheSettings settings = CacheSettings.read(reader);
        problems.clear(PID);
        problems.report(reader.problems());
        LOG.info("Query cache configured: {}", settings);
        return settings;
    }

    /** @return an identity for a newly opened connection, part of every key of its results */
    long nextConnectionId() {
        return connectionIds.incrementAndGet();
    }

    /** @return a hit for the key (counted in the scope's figures), or {@code null} */
    ResultSet cached(QueryKey key, CacheCounters counted, Statement statement) {
        Store open = store;
        CachedResult cached = open == null ? null : open.get(key);
        if (cached == null) {
            return null;
        }
        counted.hit();
        return new CachedResultSet(cached, statement);
    }

    /**
     * Answers a read from the cache, or runs it (once for all concurrent identical callers) and
     * caches the result if it is small enough and its columns can be kept.
     *
     * @param run runs the query on the data source
     * @param statement the statement view the result set reports as its own
     */
    ResultSet query(QueryKey key, long ttlSeconds, CacheCounters counted, SqlSupplier<ResultSet> run,
            Statement statement) throws SQLException {
        Store current = store();
        CachedResult cached = current.get(key);
        if (cached != null) {
            counted.hit();
            return new CachedResultSet(cached, statement);
        }
        CompletableFuture<CachedResult> mine = new CompletableFuture<>();
        CompletableFuture<CachedResult> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            CachedResult shared = await(running);
            if (shared != null) {
                counted.hit();
                return new CachedResultSet(shared, statement);
            }
            counted.miss();
            return run.get();
        }
        try {
            ResultSet raw = run.get();
            if (!ResultMaterializer.canMaterialize(raw.getMetaData())) {
                mine.complete(null);
                counted.miss();
                return raw;
            }
            CachedResult result;
            try (raw) {
                result = ResultMaterializer.materialize(raw, ttlSeconds);
            }
            counted.miss();
            if (result.rowCount() <= current.settings().maxRows()) {
                current.put(key, result);
            }
            mine.complete(result);
            return new CachedResultSet(result, statement);
        } catch (SQLException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static CachedResult await(CompletableFuture<CachedResult> running) throws SQLException {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw new SQLException(sql.getMessage(), sql.getSQLState(), sql.getErrorCode(), sql);
            }
            throw e;
        }
    }

    /** Removes every result cached for one connection (after a write, or when it closes). */
    void invalidateConnection(long connectionId) {
        ifOpen(open -> open.removeIf(key -> key.connectionId() == connectionId));
    }

    @Override
    public void invalidate(String connectionName) {
        ifOpen(open -> open.removeIf(key -> key.scope().connection().equals(connectionName)));
    }

    @Override
    public void invalidateSession(String sessionId) {
        ifOpen(open -> open.removeIf(key -> sessionId.equals(key.scope().sessionId())));
    }

    @Override
    public void invalidateAll() {
        ifOpen(Store::clear);
        counters.values().forEach(CacheCounters::forgetEntries);
    }

    @Override
    public List<CacheStatistics> statistics() {
        if (!settings.statistics()) {
            return List.of();
        }
        List<CacheStatistics> statistics = new ArrayList<>();
        counters.forEach((key, counted) -> statistics.add(counted.snapshot(key.connection(), key.kind())));
        statistics.sort(Comparator.comparing(CacheStatistics::connection).thenComparing(CacheStatistics::scope));
        return statistics;
    }

    /** @return the figures of the scope's connection and kind, created on first use */
    CacheCounters countersFor(CacheScope scope) {
        return counters.computeIfAbsent(new StatisticsKey(scope.connection(), scope.kind()),
                key -> new CacheCounters());
    }

    private record StatisticsKey(String connection, String kind) {
    }

    /** A supplier that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    /** One Ehcache cache manager and its cache, built with the settings of the moment. */
    private record Store(CacheSettings settings, CacheManager manager, Cache<QueryKey, CachedResult> cache) {

        static Store open(CacheSettings settings, java.util.function.Function<CacheScope, CacheCounters> counters) {
            ResourcePoolsBuilder pools = ResourcePoolsBuilder.newResourcePoolsBuilder()
                    .heap(settings.heapEntries(), EntryUnit.ENTRIES);
            if (settings.offHeapMegabytes() > 0) {
                pools = pools.offheap(settings.offHeapMegabytes(), MemoryUnit.MB);
            }
            CacheConfigurationBuilder<QueryKey, CachedResult> configuration = CacheConfigurationBuilder
                    .newCacheConfigurationBuilder(QueryKey.class, CachedResult.class, pools)
                    .withExpiry(new TimeToLive());
            if (settings.statistics()) {
                configuration = configuration.withService(CacheEventListenerConfigurationBuilder
                        .newEventListenerConfiguration(new CountingListener(counters), EventType.CREATED,
                                EventType.UPDATED, EventType.REMOVED, EventType.EVICTED, EventType.EXPIRED)
                        .unordered().synchronous());
            }
            CacheConfigurationBuilder<QueryKey, CachedResult> cacheConfiguration = configuration;
            CacheManager manager = withOwnClassLoader(() -> CacheManagerBuilder.newCacheManagerBuilder()
                    .withCache("st.connection.results", cacheConfiguration).build(true));
            LOG.debug("Query cache opened: {}", settings);
            return new Store(settings, manager, manager.getCache("st.connection.results", QueryKey.class,
                    CachedResult.class));
        }

        /**
         * Ehcache finds its own services through the context class loader, when it starts and when
         * it stops them (else: "... is not a Service"); so both run with this bundle's.
         */
        private static <T> T withOwnClassLoader(Supplier<T> action) {
            Thread thread = Thread.currentThread();
            ClassLoader caller = thread.getContextClassLoader();
            thread.setContextClassLoader(ResultCache.class.getClassLoader());
            try {
                return action.get();
            } finally {
                thread.setContextClassLoader(caller);
            }
        }

        CachedResult get(QueryKey key) {
            return cache.get(key);
        }

        void put(QueryKey key, CachedResult result) {
            cache.put(key, result);
        }

        void removeIf(Predicate<QueryKey> matches) {
            List<QueryKey> doomed = new ArrayList<>();
            cache.forEach(entry -> {
                if (matches.test(entry.getKey())) {
                    doomed.add(entry.getKey());
                }
            });
            doomed.forEach(cache::remove);
        }

        void clear() {
            cache.clear();
        }

        void close() {
            withOwnClassLoader(() -> {
                manager.close();
                return null;
            });
        }
    }

    /** Each entry lives for its own result's time to live; reading it does not extend it. */
    private static final class TimeToLive implements ExpiryPolicy<QueryKey, CachedResult> {

        @Override
        public Duration getExpiryForCreation(QueryKey key, CachedResult value) {
            return Duration.ofSeconds(value.ttlSeconds());
        }

        @Override
        public Duration getExpiryForAccess(QueryKey key, Supplier<? extends CachedResult> value) {
            return null;
        }

        @Override
        public Duration getExpiryForUpdate(QueryKey key, Supplier<? extends CachedResult> oldValue,
                CachedResult newValue) {
            return Duration.ofSeconds(newValue.ttlSeconds());
        }
    }
}
