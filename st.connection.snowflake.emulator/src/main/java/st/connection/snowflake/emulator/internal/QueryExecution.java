package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;
import st.connection.snowflake.emulator.internal.dialect.NotEmulatedException;
import st.connection.snowflake.emulator.internal.dialect.StatementSplitter;

/**
 * Runs the text of one query request and builds its answer: one statement, or several when
 * {@code MULTI_STATEMENT_COUNT} (of the request or the session) allows, each child's answer kept for
 * the driver to read by id. Every answer is kept under its query id for result by id.
 */
final class QueryExecution {
    private static final Logger LOG = LoggerFactory.getLogger(QueryExecution.class);
    private static final String MULTI_STATEMENT = "multiple statement execution";

    private final StatementRunner runner;
    private final BindDecoder binds = new BindDecoder();
    private final FaultInjector faults;
    private final Counters counters;

    QueryExecution(StatementRunner runner, FaultInjector faults, Counters counters) {
        this.runner = runner;
        this.faults = faults;
        this.counters = counters;
    }

    JsonNode describe(EmulatedSession session, String sql) throws SnowflakeError {
        String queryId = UUID.randomUUID().toString();
        try {
            return success(session, queryId, runner.describe(session, sql));
        } catch (SQLException e) {
            throw mapped(e, queryId);
        } catch (NotEmulatedException e) {
            throw SnowflakeError.notEmulated(e.getMessage()).withQueryId(queryId);
        }
    }

    JsonNode execute(EmulatedSession session, JsonNode body, String requestId, String queryId) throws Exception {
        String sql = body.path("sqlText").asText();
        SessionResults.Query query = session.results().byId(queryId).orElseGet(() -> session.results().start(queryId, sql));
        try {
            JsonNode answer = executeText(session, body, requestId, queryId, sql);
            query.answer().complete(answer);
            return answer;
        } catch (SnowflakeError e) {
            query.answer().complete(e.toReply());
            throw e;
        }
    }

    private JsonNode executeText(EmulatedSession session, JsonNode body, String requestId, String queryId, String sql)
            throws Exception {
        List<String> statements = StatementSplitter.split(sql);
        if (statements.size() <= 1) {
            return executeOne(session, body, requestId, queryId, statements.isEmpty() ? sql : statements.get(0));
        }
        long allowed = allowedStatements(session, body);
        if (allowed != 0 && allowed != statements.size()) {
            counters.queryExecuted(session.id());
            throw SnowflakeError.ofSql(SnowflakeErrorCodes.STATEMENT_COUNT_MISMATCH, "0A000", "Actual statement count "
                    + statements.size() + " did not match the desired statement count " + allowed + ".", queryId);
        }
        List<String> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String statement : statements) {
            String childId = UUID.randomUUID().toString();
            SessionResults.Query child = session.results().start(childId, statement);
            JsonNode answer;
            try {
                answer = executeOne(session, body, null, childId, statement);
            } catch (SnowflakeError e) {
                child.answer().complete(e.toReply());
                throw e;
            }
            child.answer().complete(answer);
            ids.add(childId);
            types.add(answer.path("data").path("statementTypeId").asText());
        }
        ObjectNode answer = success(session, queryId, new StatementRunner.Outcome(StatementKind.SELECT,
                new RowsetBuilder().text(MULTI_STATEMENT).row("Multiple statements executed successfully.").build()));
        ObjectNode data = (ObjectNode) answer.path("data");
        data.put("resultIds", String.join(",", ids));
        data.put("resultTypes", String.join(",", types));
        return answer;
    }

    private static long allowedStatements(EmulatedSession session, JsonNode body) {
        JsonNode fromRequest = body.path("parameters").path("MULTI_STATEMENT_COUNT");
        if (!fromRequest.isMissingNode() && !fromRequest.isNull()) {
            return fromRequest.asLong(1);
        }
        JsonNode fromSession = session.parameters().get("MULTI_STATEMENT_COUNT");
        return fromSession == null ? 1 : fromSession.asLong(1);
    }

    private static final java.util.regex.Pattern RESULT_SCAN = java.util.regex.Pattern.compile(
            "(?is)\\s*select\\s+\\*\\s+from\\s+table\\s*\\(\\s*result_scan\\s*\\(\\s*'([^']+)'\\s*\\)\\s*\\)\\s*");

    /**
     * {@code SELECT * FROM TABLE(RESULT_SCAN('id'))}, with which the driver reads the result of an
     * asynchronous query: the stored answer again. Other uses of RESULT_SCAN are not emulated.
     */
    private static JsonNode resultScan(EmulatedSession session, String sql, String queryId) throws Exception {
        java.util.regex.Matcher scan = RESULT_SCAN.matcher(sql);
        if (!scan.matches()) {
            if (sql.toUpperCase(java.util.Locale.ROOT).contains("RESULT_SCAN")) {
                throw SnowflakeError.notEmulated("RESULT_SCAN other than SELECT * FROM TABLE(RESULT_SCAN('<query id>'))")
                        .withQueryId(queryId);
            }
            return null;
        }
        String id = scan.group(1);
        SessionResults.Query query = session.results().byId(id).orElseThrow(() -> SnowflakeError.ofSql(
                SnowflakeErrorCodes.OBJECT_DOES_NOT_EXIST, "02000", "Statement " + id + " not found", queryId));
        JsonNode answer = query.answer().get();
        if (!answer.path("success").asBoolean()) {
            return answer;
        }
        ObjectNode copy = answer.deepCopy();
        ((ObjectNode) copy.path("data")).put("queryId", queryId);
        return copy;
    }

    private JsonNode executeOne(EmulatedSession session, JsonNode body, String requestId, String queryId, String sql)
            throws Exception {
        counters.queryExecuted(session.id());
        JsonNode scanned = resultScan(session, sql, queryId);
        if (scanned != null) {
            return scanned;
        }
        try {
            var failure = faults.takeNextQueryFailure();
            if (failure.isPresent()) {
                var f = failure.get();
                throw SnowflakeError.ofSql(f.code(), f.sqlState(), f.message(), queryId);
            }
            faults.delayExecution();
            BindDecoder.Binds decoded = binds.decode(body.path("bindings"));
            return success(session, queryId, runner.run(session, sql, decoded, requestId, queryId));
        } catch (SnowflakeError.NotEmulatedSqlException e) {
            throw e.error().withQueryId(queryId);
        } catch (SQLException e) {
            LOG.debug("Query {} of session {} failed: {}", queryId, session.id(), e.getMessage());
            throw mapped(e, queryId);
        } catch (NotEmulatedException e) {
            throw SnowflakeError.notEmulated(e.getMessage().replace("The Snowflake emulator does not emulate ", "")
                    .replaceAll("\\.$", "")).withQueryId(queryId);
        } catch (IllegalArgumentException e) {
            throw SnowflakeError.ofSql(SnowflakeErrorCodes.VALUE_NOT_RECOGNIZED, "22018",
                    "Bind variable could not be read: " + e.getMessage(), queryId);
        }
    }

    private static SnowflakeError mapped(SQLException e, String queryId) {
        if (e instanceof SnowflakeError.NotEmulatedSqlException notEmulated) {
            return notEmulated.error().withQueryId(queryId);
        }
        return SqlErrorMapper.map(e, queryId);
    }

    static ObjectNode success(EmulatedSession session, String queryId, StatementRunner.Outcome outcome) {
        Rowset rowset = outcome.rowset();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("parameters", session.parameters().forQueryAnswer());
        data.set("rowtype", rowset.rowtype());
        data.set("rowset", rowset.rows());
        data.put("total", rowset.total());
        data.put("returned", rowset.total());
        if (!rowset.chunks().isEmpty()) {
            ArrayNode chunks = data.putArray("chunks");
            for (Rowset.Chunk chunk : rowset.chunks()) {
                chunks.addObject().put("url", chunk.url()).put("rowCount", chunk.rowCount())
                        .put("uncompressedSize", chunk.uncompressedSize()).put("compressedSize", chunk.compressedSize());
            }
            data.putObject("chunkHeaders");
        }
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
