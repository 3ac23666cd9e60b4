package st.connection.snowflake.internal.snowpark;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Writes submitted asynchronously and not yet seen finished. A write changes the data when it
 * finishes, not when it is submitted: until then, results read may or may not include it, so
 * they are read from the data source and not kept; when it has finished, what was kept before is
 * dropped. Thread safe.
 */
final class AsyncWrites {

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    void submitted(String queryId) {
        running.add(queryId);
    }

    /**
     * Forgets the writes that have finished.
     *
     * @param finished tells whether a query has finished (a round trip to the data source)
     * @return whether any write finished (so what was cached before must go)
     */
    boolean settle(Predicate<String> finished) {
        if (running.isEmpty()) {
            return false;
        }
        return running.removeIf(finished);
    }

    /** @return whether a write may still be running */
    boolean anyRunning() {
        return !running.isEmpty();
    }
}
