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
}
