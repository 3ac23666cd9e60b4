package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Answers a repeated request id with the answer of the first request, so that a statement the driver
 * retries (after a socket timeout or a token renewal) runs once. A retry that arrives while the first
 * request still runs waits for its answer. Remembers the last {@value #CAPACITY} request ids of one
 * session. Thread safe: guarded by {@code this}.
 */
final class RequestReplay {
    static final int CAPACITY = 512;

    private final Map<String, CompletableFuture<JsonNode>> answers = new LinkedHashMap<>();

    /**
     * Registers {@code answer} as the future answer to {@code requestId}, or returns the answer of an
     * earlier request with that id.
     *
     * @return the earlier request's answer, or {@code null} if this is the first request with the id
     */
    synchronized CompletableFuture<JsonNode> claim(String requestId, CompletableFuture<JsonNode> answer) {
        CompletableFuture<JsonNode> earlier = answers.putIfAbsent(requestId, answer);
        if (earlier == null && answers.size() > CAPACITY) {
            Iterator<CompletableFuture<JsonNode>> oldest = answers.values().iterator();
            oldest.next();
            oldest.remove();
        }
        return earlier;
    }

    /** Forgets a request that did not finish with an answer, so that a retry runs it. */
    synchronized void forget(String requestId) {
        answers.remove(requestId);
    }
}
