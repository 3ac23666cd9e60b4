package st.connection.core.internal;

import java.time.Duration;
import java.util.List;

import st.connection.api.ConfigurationProblem;
import st.connection.api.cache.ConnectionCache;
import st.connection.core.internal.cache.CacheAdapters;
import st.connection.core.internal.cache.ConnectionResults;
import st.connection.core.internal.cache.PersonResults;
import st.connection.core.internal.cache.ResultCache;
import st.connection.core.internal.config.ConfigurationProblems;

/**
 * How a managed connection's reads are cached: not at all ({@code ttl} 0); for everybody
 * ({@code cache.scope=shared}); for the person each read is made for (a shared connection with
 * {@code cache.scope=session}); or for its one owner (a personal connection). A plan that cannot
 * take effect (no adapter for the connection type, an adapter that cannot cache it) is reported
 * once as a configuration problem under {@link #label()}.
 */
final class CachePlan {

    static final CachePlan NONE = new CachePlan(null, null, null, 0, Whose.NOBODY, null, "", null);

    /** Whose results a connection's default view keeps. */
    enum Whose {
        NOBODY, EVERYBODY, EACH_PERSON, OWNER
    }

    private final ResultCache cache;
    private final CacheAdapters adapters;
    private final ConfigurationProblems problems;
    private final long ttlSeconds;
    private final Whose whose;
    private final PersonResults owner;
    private final String label;
    /** What names the data source alike on every node, or {@code null} if its results stay on this node. */
    private final String source;

    private CachePlan(ResultCache cache, CacheAdapters adapters, ConfigurationProblems problems, long ttlSeconds,
            Whose whose, PersonResults owner, String label, String source) {
        this.cache = cache;
        this.adapters = adapters;
        this.problems = problems;
        this.ttlSeconds = ttlSeconds;
        this.whose = whose;
        this.owner = owner;
        this.label = label;
        this.source = source;
    }

    /** The collaborators every plan needs; one per component that opens connections. */
    record Caching(ResultCache cache, CacheAdapters adapters, ConfigurationProblems problems) {

        /**
         * @param source what names the data source alike on every node, without secrets
         * @return the plan of a shared connection
         */
        CachePlan forShared(String name, long ttlSeconds, boolean everybody, String source) {
            return ttlSeconds == 0 ? NONE : new CachePlan(cache, adapters, problems, ttlSeconds,
                    everybody ? Whose.EVERYBODY : Whose.EACH_PERSON, null, "shared connection '" + name + "'", source);
        }

        /** @return the plan of a person's own connection through a login form */
        CachePlan forPersonal(String formName, long ttlSeconds, PersonResults owner) {
            return ttlSeconds == 0 ? NONE : new CachePlan(cache, adapters, problems, ttlSeconds, Whose.OWNER, owner,
                    "login form '" + formName + "'", null);
        }
    }

    boolean caches() {
        return whose != Whose.NOBODY;
    }

    /** @return whether each person who reads through the connection has results of their own */
    boolean cachesPerPerson() {
        return whose == Whose.EACH_PERSON;
    }

    CacheAdapters adapters() {
        return adapters;
    }

    String label() {
        return label;
    }

    /** @return the results of a newly opened connection, or {@code null} if nothing is cached */
    ConnectionResults open(String name) {
        return caches() ? cache.open(name, source, Duration.ofSeconds(ttlSeconds), this::unsupported) : null;
    }

    /** @return the cache of a connection's default view */
    ConnectionCache defaultCache(ConnectionResults results) {
        return switch (whose) {
            case NOBODY -> null;
            case EVERYBODY -> results.forEverybody();
            case EACH_PERSON -> results.forCurrentPerson();
            case OWNER -> results.forPerson(owner);
        };
    }

    /** Nothing can be cached as planned: said once, as a WARN and a configuration problem. */
    void unsupported(String reason) {
        problems.report(List.of(new ConfigurationProblem(label, "ttl", Long.toString(ttlSeconds), reason)));
    }

    /** The plan takes effect, or its connection is gone: any problem reported for it is over. */
    void settled() {
        if (caches()) {
            problems.clear(label);
        }
    }
}
