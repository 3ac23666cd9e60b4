package st.connection.core.internal.cache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import st.connection.api.CacheStatistics;

/** The figures of every connection and scope kind ({@code shared} or {@code session}). Thread safe. */
final class CacheFigures {

    static final String SHARED = "shared";
    static final String SESSION = "session";

    private final Map<Kind, CacheCounters> counters = new ConcurrentHashMap<>();

    /** @return the counters of a connection's scope kind, created on first use */
    CacheCounters of(String connection, String kind) {
        return counters.computeIfAbsent(new Kind(connection, kind), key -> new CacheCounters());
    }

    void forgetEntries() {
        counters.values().forEach(CacheCounters::forgetEntries);
    }

    /** @return the figures, ordered by connection name then scope */
    List<CacheStatistics> snapshot() {
        List<CacheStatistics> all = new ArrayList<>();
        counters.forEach((kind, counted) -> all.add(counted.snapshot(kind.connection(), kind.scope())));
        all.sort(Comparator.comparing(CacheStatistics::connection).thenComparing(CacheStatistics::scope));
        return all;
    }

    private record Kind(String connection, String scope) {
    }
}
