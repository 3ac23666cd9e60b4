package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The success envelope every Snowflake answer shares. */
final class Replies {
    private Replies() {
    }

    /** {@code {"data": data, "code": null, "message": null, "success": true}}. */
    static ObjectNode success(JsonNode data) {
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        reply.set("data", data == null ? JsonNodeFactory.instance.nullNode() : data);
        reply.putNull("code");
        reply.putNull("message");
        reply.put("success", true);
        return reply;
    }

    static ObjectNode emptySuccess() {
        return success(null);
    }

    /**
     * Code 333333: the query is still running; the driver asks {@code getResultUrl} again until it
     * has an answer. (333334 says the same of an asynchronous query, which the driver does not wait for.)
     */
    static ObjectNode stillRunning(String queryId, String code, String message) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("queryId", queryId);
        data.put("getResultUrl", "/queries/" + queryId + "/result");
        data.putNull("progressDesc");
        ObjectNode reply = success(data);
        reply.put("code", code);
        reply.put("message", message);
        return reply;
    }
}
