package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * {@code POST /queries/v1/query-request}: runs {@code sqlText} with its {@code bindings} on the
 * session's H2 connection and answers with a JSON rowset. A repeated {@code requestId} gets the first
 * answer again. Counts every statement it runs (not describe-only requests, not replays).
 */
final class QueryHandler implements EndpointHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QueryHandler.class);

    private final SessionRegistry sessions;
    private final StatementRunner runner;
    private final BindDecoder binds = new BindDecoder();
    private final FaultInjector faults;
    private final Counters counters;

    QueryHandler(SessionRegistry sessions, StatementRunner runner, FaultInjector faults, Counters counters) {
        this.sessions = sessions;
        this.runner = runner;
        this.faults = faults;
        this.counters = counters;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws Exception {
        EmulatedSession session = sessions.authenticate(request.token());
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
        String queryId = UUID.randomUUID().toString();
        try {
            if (body.path("describeOnly").asBoolean(false)) {
                return success(session, queryId, runner.describe(session, sql));
            }
            counters.queryExecuted(session.id());
            var failure = faults.takeNextQueryFailure();
            if (failure.isPresent()) {
                var f = failure.get();
                throw SnowflakeError.ofSql(f.code(), f.sqlState(), f.message(), queryId);
            }
            BindDecoder.Binds decoded = binds.decode(body.path("bindings"));
            return success(session, queryId, runner.run(session, sql, decoded, requestId));
        } catch (SQLException e) {
            LOG.debug("Query {} of session {} failed: {}", queryId, session.id(), e.getMessage());
            throw SqlErrorMapper.map(e, queryId);
        } catch (IllegalArgumentException e) {
            throw SnowflakeError.ofSql(SnowflakeErrorCodes.VALUE_NOT_RECOGNIZED, "22018",
                    "Bind variable could not be read: " + e.getMessage(), queryId);
        }
    }

    private static JsonNode success(EmulatedSession session, String queryId, StatementRunner.Outcome outcome) {
        Rowset rowset = outcome.rowset();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putArray("parameters");
        data.set("rowtype", rowset.rowtype());
        data.set("rowset", rowset.rows());
        data.put("total", rowset.rows().size());
        data.put("returned", rowset.rows().size());
        data.put("queryId", queryId);
        data.putNull("databaseProvider");
        data.put("finalDatabaseName", session.database());
        data.put("finalSchemaName", session.schema());
        data.put("finalWarehouseName", session.warehouse());
        data.put("finalRoleName", session.role());
        data.put("numberOfBinds", outcome.parameters());
        data.put("arrayBindSupported", outcome.kind().isDml());
        data.put("statementTypeId", outcome.kind().statementTypeId());
        data.put("version", 1);
        data.put("sendResultTime", System.currentTimeMillis());
        data.put("queryResultFormat", "json");
        data.putNull("queryContext");
        return Replies.success(data);
    }
}
