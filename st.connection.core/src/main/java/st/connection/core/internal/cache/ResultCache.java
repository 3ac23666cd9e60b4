package st.connection.core.internal.cache;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.CacheStatistics;
import st.connection.api.QueryCache;
import st.connection.api.UserConnections;
import st.connection.api.event.ConnectionEvent;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.config.ConfigurationReader;
import st.connection.core.internal.events.ConnectionEvents;

/**
 * The result cache behind every connection with a {@code ttl}: the {@link ResultStore} (Ehcache),
 * the loads running now ({@link SingleFlight}), the figures, and the scopes results belong to
 * (connections and their generations, people and their epochs). Adapters see it through
 * {@link ConnectionResults} views; operators through {@link QueryCache}.
 *
 * <p>Nothing is ever invalidated by scanning: a write advances its connection's generation and a
 * logout its person's epoch, both part of every key, so older results are unreachable at once
 * and leave the store by expiry or eviction. The store is opened with the first cached value.
 */
@Component(service = {ResultCache.class, QueryCache.class}, configurationPid = ResultCache.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ResultCache.Config.class)
public class ResultCache implements QueryCache {

    static final String PID = "st.connection.cache";
    static final long DEFAULT_HEAP_MEGABYTES = 64;
    static final long DEFAULT_MAX_ROWS = 10_000;
    private static final String HEAP_MEGABYTES = "heap.megabytes";
    private static final String MAX_ROWS = "max.rows";
    private static final String STATISTICS = "statistics";
    /** Keys of earlier versions, each with why it went. */
    private static final Map<String, String> RETIRED = Map.of(
            "heap.entries", "not used any more: the heap is bounded in bytes by heap.megabytes",
            "offheap.megabytes", "not used any more: cached results keep the driver's own values, which are not "
                    + "serialized, so there is no off-heap tier; heap.megabytes bounds the cache");

    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);

    @ObjectClassDefinition(id = PID, name = "st.connection query cache",
            description = "Bounds of the cache that answers identical queries on connections with a ttl.")
    @interface Config {

        @AttributeDefinition(name = "Heap size (MB)", description = "Heap the cached results may take, in "
                + "megabytes; beyond it the least recently used results are evicted.", min = "1")
        long heap_megabytes() default DEFAULT_HEAP_MEGABYTES;

        @AttributeDefinition(name = "Largest result (rows)", description = "Results with more rows are served "
                + "(the rows beyond this many straight from the data source) but not cached.", min = "0")
        long max_rows() default DEFAULT_MAX_ROWS;

        @AttributeDefinition(name = "Statistics", description = "Count hits, misses, evictions, expirations, "
                + "entries and bytes per connection and scope.")
        boolean statistics() default true;

        @AttributeDefinition(name = "Cluster address", description = "Optional. terracotta://host:port/name of "
                + "the Terracotta server whose clustered tier keeps the results of connections with "
                + "cache.scope=shared, for every node configured with the same address; 'name' names the tier "
                + "on the server. Empty: every result stays on the node that loaded it.", required = false)
        String cluster_uri() default "";

        @AttributeDefinition(name = "Clustered tier size (MB)", description = "Space the clustered tier takes "
                + "from the server's off-heap resource, in megabytes; fixed when the tier is first created.",
                min = "1")
        long cluster_megabytes() default ClusterSettings.DEFAULT_MEGABYTES;

        @AttributeDefinition(name = "Server resource", description = "The Terracotta server's off-heap resource "
                + "the clustered tier takes its space from.")
        String cluster_resource() default ClusterSettings.DEFAULT_RESOURCE;

        @AttributeDefinition(name = "Cluster session results", description = "Also keep the results of "
                + "connections with cache.scope=session in the clustered tier, under the person's session (a "
                + "digest of it, never the session itself), so that another node serving the same session (after a "
                + "failover) reads them too. Off: a person's results stay on the node of their session.")
        boolean cluster_sessions() default false;
    }

    /** The bounds read from the configuration; {@code cluster} is {@code null} without a cluster address. */
    private record Settings(long heapBytes, long maxRows, boolean statistics, ClusterSettings cluster) {
    }

    private final ConfigurationProblems problems;
    private final ConnectionEvents events;
    private final CacheFigures figures = new CacheFigures();
    private final SingleFlight flights = new SingleFlight();
    /** Connection ids and person epochs: one counter, so no two ever meet. */
    private final AtomicLong ids = new AtomicLong();
    private final Set<ConnectionResults> open = ConcurrentHashMap.newKeySet();
    private final Map<String, PersonResults> people = new ConcurrentHashMap<>();
    private final ThreadLocal<PersonResults> currentPerson = new ThreadLocal<>();
    private final Set<String> warnedOutsideAPerson = ConcurrentHashMap.newKeySet();
    private volatile Settings settings;
    /** Opened with the first cached value: until a connection with a ttl is used, Ehcache costs nothing. */
    private volatile ResultStore store;
    /** The link to the clustered tier, or {@code null} without a cluster address. */
    private volatile ClusterLink cluster;

    @Activate
    public ResultCache(@Reference ConfigurationProblems problems, @Reference ConnectionEvents events,
            Map<String, Object> properties) {
        this.problems = problems;
        this.events = events;
        this.settings = read(properties);
        this.cluster = linkFor(settings.cluster());
    }

    private ClusterLink linkFor(ClusterSettings settings) {
        return settings == null ? null : new ClusterLink(settings, problems);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        Settings changed = read(properties);
        ResultStore replaced;
        ClusterLink unlinked = null;
        synchronized (this) {
            settings = changed;
            replaced = store;
            store = null;
            ClusterLink linked = cluster;
            if (linked == null ? changed.cluster() != null : !linked.settings().equals(changed.cluster())) {
                unlinked = linked;
                cluster = linkFor(changed.cluster());
            }
        }
        if (replaced != null) {
            replaced.close();
        }
        if (unlinked != null) {
            unlinked.close();
        }
        figures.forgetEntries();
    }

    @Deactivate
    void close() {
        ResultStore open;
        ClusterLink linked;
        synchronized (this) {
            open = store;
            store = null;
            linked = cluster;
            cluster = null;
        }
        if (open != null) {
            open.close();
        }
        if (linked != null) {
            linked.close();
        }
    }

    private Settings read(Map<String, Object> properties) {
        ConfigurationReader reader = new ConfigurationReader(PID, properties);
        long heapMegabytes = reader.nonNegative(HEAP_MEGABYTES, DEFAULT_HEAP_MEGABYTES, "megabytes");
        if (heapMegabytes == 0) {
            reader.reject(HEAP_MEGABYTES, 0, "a whole number of megabytes, 1 or more");
            heapMegabytes = DEFAULT_HEAP_MEGABYTES;
        }
        RETIRED.forEach((key, why) -> {
            if (properties.containsKey(key)) {
                reader.reject(key, properties.get(key), why);
            }
        });
        Settings read = new Settings(heapMegabytes * 1024 * 1024, reader.nonNegative(MAX_ROWS, DEFAULT_MAX_ROWS, "rows"),
                !"false".equalsIgnoreCase(reader.text(STATISTICS, "true")), ClusterSettings.read(reader));
        problems.clear(PID);
        problems.report(reader.problems());
        LOG.info("Query cache configured: {} MB of heap, results of at most {} rows, statistics {}, {}",
                read.heapBytes() / (1024 * 1024), read.maxRows(), read.statistics() ? "on" : "off",
                read.cluster() == null ? "no cluster" : "shared results clustered at " + read.cluster().uri());
        return read;
    }

    /** @return the store, opened now if this is its first use */
    ResultStore store() {
        ResultStore opened = store;
        if (opened == null) {
            synchronized (this) {
                opened = store;
                if (opened == null) {
                    Settings current = settings;
                    store = opened = ResultStore.open(current.heapBytes(), current.statistics());
                }
            }
        }
        return opened;
    }

    /** @return the link to the clustered tier, or {@code null} without a cluster address */
    ClusterLink cluster() {
        return cluster;
    }

    /** A write on a shared data source: no node serves a result read before it, once this returns. */
    void advanceShared(String source) {
        ClusterLink linked = cluster;
        if (linked == null) {
            return;
        }
        ClusterTier tier = linked.tier();
        if (tier == null) {
            linked.wroteWithoutTier();
            return;
        }
        try {
            tier.advance(source);
        } catch (ClusterUnavailable e) {
            linked.failed(tier, e);
        }
    }

    SingleFlight flights() {
        return flights;
    }

    long maxRows() {
        return settings.maxRows();
    }

    CacheCounters counters(String connection, String kind) {
        return figures.of(connection, kind);
    }

    /**
     * @param name the connection's name, for figures and messages
     * @param source what names its data source alike on every node, without secrets; {@code null}
     *     if its results are never shared between nodes (a person's own connection)
     * @param ttl how long its results are served
     * @param unsupported told, once per reason, when an adapter cannot cache this connection
     * @return the results of a newly opened connection
     */
    public ConnectionResults open(String name, String source, Duration ttl, Consumer<String> unsupported) {
        ConnectionResults results = new ConnectionResults(this, ids.incrementAndGet(), name, source, ttl,
                unsupported);
        open.add(results);
        return results;
    }

    void closed(ConnectionResults results) {
        open.remove(results);
    }

    void removeAll(long connection) {
        ResultStore opened = store;
        if (opened != null) {
            opened.removeIf(key -> key.connection() == connection);
        }
    }

    /** @return the results of the person behind a session key, created on first use */
    public PersonResults person(String key) {
        return people.computeIfAbsent(key, k -> new PersonResults(k, ids::incrementAndGet));
    }

    /** The person logged out of something: nothing cached for them so far is served again. */
    public void personLoggedOut(String key) {
        PersonResults person = people.get(key);
        if (person != null) {
            person.renew();
            advanceClustered(person);
        }
    }

    /** The person's session ended: their results are never served again, to anybody. */
    public void personEnded(String key) {
        PersonResults person = people.remove(key);
        if (person != null) {
            person.renew();
            advanceClustered(person);
        }
    }

    /** With {@code cluster.sessions}, what the person's results were in the tier is never read again, by any node. */
    private void advanceClustered(PersonResults person) {
        ClusterLink linked = cluster;
        if (linked != null && linked.settings().sessions()) {
            advanceShared(person.clusterSource());
        }
    }

    /** Makes the calling thread work for a person until the handle is closed; handles nest. */
    public UserConnections.Entered enter(PersonResults person) {
        PersonResults before = currentPerson.get();
        currentPerson.set(person);
        return () -> {
            if (before == null) {
                currentPerson.remove();
            } else {
                currentPerson.set(before);
            }
        };
    }

    Scope currentPersonScope() {
        return Scope.currentPerson(currentPerson::get);
    }

    void notCachedOutsideAPerson(String connection) {
        if (warnedOutsideAPerson.add(connection)) {
            LOG.warn("Reads on shared connection '{}' made outside a person's request are not cached: its "
                    + "cache.scope=session keeps results per person. Set cache.scope=shared to cache them for "
                    + "everybody.", connection);
        }
    }

    @Override
    public List<CacheStatistics> statistics() {
        return settings.statistics() ? figures.snapshot() : List.of();
    }

    /**
     * An operator's "clear": the connection's results are unreachable at once, and removed from
     * the store now (a walk of the store, which writes never pay), so the figures show them gone.
     */
    @Override
    public void invalidate(String connectionName) {
        open.stream().filter(results -> results.name().equals(connectionName)).forEach(ConnectionResults::dropAll);
        events.fire(ConnectionEvent.Type.CACHE_CLEARED, connectionName, null, null,
                "The cached results of '" + connectionName + "' were cleared.");
    }

    @Override
    public void invalidateSession(String sessionId) {
        personLoggedOut(sessionId);
    }

    @Override
    public void invalidateAll() {
        open.forEach(ConnectionResults::invalidate);
        people.values().forEach(PersonResults::renew);
        ResultStore opened = store;
        if (opened != null) {
            opened.clear();
        }
        figures.forgetEntries();
        events.fire(ConnectionEvent.Type.CACHE_CLEARED, null, null, null, "Every cached result was cleared.");
    }
}
