package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One HTTP request as the handlers need it.
 *
 * @param token the token of the {@code Authorization: Snowflake Token="..."} header, or null
 * @param body the JSON body (gzip already undone), or a missing node
 */
record EmulatorRequest(String method, String path, Map<String, String> query, String token, JsonNode body) {

    String queryParameter(String name) {
        return query.get(name);
    }
}
