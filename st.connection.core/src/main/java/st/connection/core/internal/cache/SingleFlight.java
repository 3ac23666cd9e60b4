package st.connection.core.internal.cache;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loads running now, so that concurrent identical loads run once: the first caller of a key
 * leads, the others follow its future. A leader's future always completes normally, with its
 * value or with {@code null} when it failed or cached nothing: followers then load themselves.
 */
final class SingleFlight {

    private final Map<CacheKey, CompletableFuture<Object>> running = new ConcurrentHashMap<>();

    /**
     * @param mine the caller's future, to lead with
     * @return {@code null} if the caller leads (it must then call {@link #done}), or the leader's future
     */
    CompletableFuture<Object> join(CacheKey key, CompletableFuture<Object> mine) {
        return running.putIfAbsent(key, mine);
    }

    /** Ends a lead: followers get the value ({@code null}: they load themselves). */
    void done(CacheKey key, CompletableFuture<Object> mine, Object value) {
        running.remove(key, mine);
        mine.complete(value);
    }
}
