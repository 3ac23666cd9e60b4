package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The answers of a session's recent queries by query id, finished or still running: what
 * {@code GET /queries/{id}/result}, {@code GET /monitoring/queries/{id}}, asynchronous queries and
 * the children of multi-statement requests read. Keeps the last {@value #CAPACITY}. Thread safe:
 * guarded by {@code this}.
 */
final class SessionResults {
    static final int CAPACITY = 64;

    /** One query: its text, when it started, and its answer once it has one. */
    record Query(String id, String sqlText, long startMillis, CompletableFuture<JsonNode> answer) {
        boolean isRunning() {
            return !answer.isDone();
        }
    }

    private final Map<String, Query> queries = new LinkedHashMap<>();

    synchronized Query start(String id, String sqlText) {
        Query query = new Query(id, sqlText, System.currentTimeMillis(), new CompletableFuture<>());
        queries.put(id, query);
        if (queries.size() > CAPACITY) {
            Iterator<Query> oldest = queries.values().iterator();
            oldest.next();
            oldest.remove();
        }
        return query;
    }

    synchronized Optional<Query> byId(String id) {
        return Optional.ofNullable(queries.get(id));
    }

    synchronized void clear() {
        queries.clear();
    }
}
