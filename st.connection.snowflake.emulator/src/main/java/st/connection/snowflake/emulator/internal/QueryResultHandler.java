package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * {@code GET /queries/{id}/result}: the answer of a query of the session by its id (asynchronous
 * queries, children of multi-statement requests, {@code createResultSet(queryId)}). A query still
 * running after a short wait answers 333333 "in progress" with the URL to ask again, as Snowflake does.
 */
final class QueryResultHandler implements EndpointHandler {
    static final String IN_PROGRESS = "333333";
    private static final long WAIT_MILLIS = 200;

    private final SessionRegistry sessions;

    QueryResultHandler(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws Exception {
        EmulatedSession session = sessions.authenticate(request.token());
        String queryId = request.path().substring("/queries/".length(), request.path().length() - "/result".length());
        SessionResults.Query query = session.results().byId(queryId).orElseThrow(() -> SnowflakeError.ofSql(
                SnowflakeErrorCodes.OBJECT_DOES_NOT_EXIST, "02000",
                "Statement " + queryId + " not found", queryId));
        try {
            return query.answer().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException running) {
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.put("queryId", queryId);
            data.put("getResultUrl", "/queries/" + queryId + "/result");
            ObjectNode reply = Replies.success(data);
            reply.put("code", IN_PROGRESS);
            reply.put("message", "Query execution in progress. Query will continue executing.");
            return reply;
        }
    }
}
