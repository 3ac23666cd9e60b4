package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * {@code POST /queries/v1/query-request}: runs {@code sqlText} with its {@code bindings} on the
 * session ({@link QueryExecution}) and answers with a JSON rowset. The statement runs on a thread of
 * its own: a statement still running after the configured wait is answered 333333 with the URL of
 * its result, which the driver then polls, as Snowflake answers statements that run longer than 45
 * seconds; with {@code asyncExec} the answer is 333334 at once. A repeated {@code requestId} gets
 * the first answer again. Counts every statement it runs (not describe-only requests, not replays).
 */
final class QueryHandler implements EndpointHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QueryHandler.class);
    static final String ASYNC_IN_PROGRESS = "333334";

    private final SessionRegistry sessions;
    private final QueryExecution execution;
    private final ExecutorService threads;
    private final Duration stillRunningAfter;

    /**
     * @param threads run the statements
     * @param stillRunningAfter how long a request waits for its statement before answering 333333
     */
    QueryHandler(SessionRegistry sessions, QueryExecution execution, ExecutorService threads, Duration stillRunningAfter) {
        this.sessions = sessions;
        this.execution = execution;
        this.threads = threads;
        this.stillRunningAfter = stillRunningAfter;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws Exception {
        EmulatedSession session = sessions.authenticate(request.token());
        try {
            return handle(session, request);
        } finally {
            sessions.used(session);
        }
    }

    private JsonNode handle(EmulatedSession session, EmulatorRequest request) throws Exception {
        String requestId = request.queryParameter("requestId");
        if (requestId == null) {
            return answer(session, request, null);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        CompletableFuture<JsonNode> earlier = session.replay().claim(requestId, answer);
        if (earlier != null) {
            LOG.debug("Replaying the answer to request {} of session {}", requestId, session.id());
            return replay(earlier);
        }
        try {
            JsonNode reply = answer(session, request, requestId);
            answer.complete(reply);
            return reply;
        } catch (SnowflakeError e) {
            answer.complete(e.toReply());
            throw e;
        } catch (Exception | Error e) {
            session.replay().forget(requestId);
            answer.completeExceptionally(e);
            throw e;
        }
    }

    private static JsonNode replay(CompletableFuture<JsonNode> earlier) throws Exception {
        try {
            return earlier.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    private JsonNode answer(EmulatedSession session, EmulatorRequest request, String requestId) throws Exception {
        JsonNode body = request.body();
        String sql = body.path("sqlText").asText(null);
        if (sql == null || sql.isBlank()) {
            throw SnowflakeError.ofSql(SnowflakeErrorCodes.EMPTY_SQL_STATEMENT, "42000",
                    "SQL compilation error:\nEmpty SQL statement.", UUID.randomUUID().toString());
        }
        if (body.path("describeOnly").asBoolean(false)) {
            return execution.describe(session, sql);
        }
        String queryId = UUID.randomUUID().toString();
        SessionResults.Query query = session.results().start(queryId, sql);
        boolean async = body.path("asyncExec").asBoolean(false);
        threads.execute(() -> run(session, body, async ? null : requestId, query));
        if (async) {
            return Replies.stillRunning(queryId, ASYNC_IN_PROGRESS, "Asynchronous execution in progress. Use provided"
                    + " query id to perform query monitoring and management.");
        }
        try {
            return query.answer().get(stillRunningAfter.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException running) {
            return Replies.stillRunning(queryId, QueryResultHandler.IN_PROGRESS, QueryResultHandler.IN_PROGRESS_MESSAGE);
        }
    }

    /** Runs the statement on a thread of its own, so that the request can be answered while it runs. */
    private void run(EmulatedSession session, JsonNode body, String requestId, SessionResults.Query query) {
        try {
            query.answer().complete(execution.execute(session, body, requestId, query.id()));
        } catch (SnowflakeError e) {
            query.answer().complete(e.toReply());
        } catch (Exception | Error e) {
            LOG.warn("Query {} failed in the emulator", query.id(), e);
            query.answer().complete(SnowflakeError.ofSql(SnowflakeErrorCodes.INTERNAL_ERROR, "XX000",
                    "Snowflake emulator failure: " + e, query.id()).toReply());
        } finally {
            sessions.used(session);
        }
    }
}
