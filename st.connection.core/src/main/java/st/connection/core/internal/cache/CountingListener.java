package st.connection.core.internal.cache;

import java.util.function.Function;

import org.ehcache.event.CacheEvent;
import org.ehcache.event.CacheEventListener;

/** Keeps entries, bytes, evictions and expirations per scope from Ehcache's events. */
final class CountingListener implements CacheEventListener<QueryKey, CachedResult> {

    private final Function<CacheScope, CacheCounters> counters;

    CountingListener(Function<CacheScope, CacheCounters> counters) {
        this.counters = counters;
    }

    @Override
    public void onEvent(CacheEvent<? extends QueryKey, ? extends CachedResult> event) {
        CacheCounters counted = counters.apply(event.getKey().scope());
        switch (event.getType()) {
            case CREATED -> counted.added(event.getNewValue());
            case UPDATED -> {
                counted.removed(event.getOldValue());
                counted.added(event.getNewValue());
            }
            case REMOVED -> counted.removed(event.getOldValue());
            case EVICTED -> counted.evicted(event.getOldValue());
            case EXPIRED -> counted.expired(event.getOldValue());
        }
    }
}
