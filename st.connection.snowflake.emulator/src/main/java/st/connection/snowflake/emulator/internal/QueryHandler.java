package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * {@code POST /queries/v1/query-request}: runs {@code sqlText} with its {@code bindings} on the
 * session ({@link QueryExecution}) and answers with a JSON rowset; with {@code asyncExec} it answers
 * at once (code 333334) and runs the query on another thread, its answer then read by id. A repeated
 * {@code requestId} gets the first answer again. Counts every statement it runs (not describe-only
 * requests, not replays).
 */
final class QueryHandler implements EndpointHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QueryHandler.class);
    static final String ASYNC_IN_PROGRESS = "333334";

    private final SessionRegistry sessions;
    private final QueryExecution execution;
    private final ExecutorService asyncThreads;

    QueryHandler(SessionRegistry sessions, QueryExecution execution, ExecutorService asyncThreads) {
        this.sessions = sessions;
        this.execution = execution;
        this.asyncThreads = asyncThreads;
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
        if (!body.path("asyncExec").asBoolean(false)) {
            return execution.execute(session, body, requestId, UUID.randomUUID().toString());
        }
        String queryId = UUID.randomUUID().toString();
        SessionResults.Query query = session.results().start(queryId, sql);
        asyncThreads.execute(() -> {
            try {
                query.answer().complete(execution.execute(session, body, null, queryId));
            } catch (SnowflakeError e) {
                query.answer().complete(e.toReply());
            } catch (Exception | Error e) {
                LOG.warn("Asynchronous query {} failed in the emulator", queryId, e);
                query.answer().complete(SnowflakeError.ofSql(SnowflakeErrorCodes.INTERNAL_ERROR, "XX000",
                        "Snowflake emulator failure: " + e, queryId).toReply());
            }
        });
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("queryId", queryId);
        data.put("getResultUrl", "/queries/" + queryId + "/result");
        ObjectNode reply = Replies.success(data);
        reply.put("code", ASYNC_IN_PROGRESS);
        reply.put("message", "Asynchronous execution in progress. Use provided query id to perform query monitoring and management.");
        return reply;
    }
}
