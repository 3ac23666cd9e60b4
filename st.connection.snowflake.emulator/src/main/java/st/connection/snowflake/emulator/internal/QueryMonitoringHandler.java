package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /monitoring/queries/{id}}, which the driver's query status calls (and Snowpark's
 * {@code async()}) read: {@code RUNNING}, {@code SUCCESS} or {@code FAILED_WITH_ERROR} with the
 * error's code and message. An unknown id answers an empty list, as for a query of another session.
 */
final class QueryMonitoringHandler implements EndpointHandler {
    private final SessionRegistry sessions;

    QueryMonitoringHandler(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws SnowflakeError {
        EmulatedSession session = sessions.authenticate(request.token());
        String queryId = request.path().substring("/monitoring/queries/".length());
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        var queries = data.putArray("queries");
        session.results().byId(queryId).ifPresent(query -> {
            ObjectNode node = queries.addObject();
            node.put("id", query.id());
            node.put("sqlText", query.sqlText());
            node.put("sessionId", Long.parseLong(session.id()));
            node.put("startTime", query.startMillis());
            if (query.isRunning()) {
                node.put("status", "RUNNING");
                node.put("state", "EXECUTING");
                return;
            }
            JsonNode answer = query.answer().getNow(null);
            node.put("endTime", System.currentTimeMillis());
            if (answer.path("success").asBoolean()) {
                node.put("status", "SUCCESS");
                node.put("state", "SUCCEEDED");
            } else {
                node.put("status", "FAILED_WITH_ERROR");
                node.put("state", "FAILED");
                node.put("errorCode", answer.path("code").asText());
                node.put("errorMessage", answer.path("message").asText());
            }
        });
        return Replies.success(data);
    }
}
