package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;

/**
 * Follows a Snowflake path ({@code a.b[0]}, {@code ["a b"].c}) into a JSON document, as
 * {@code v:a.b[0]} and {@code GET_PATH} do: field names are case sensitive; a missing element is null.
 */
final class VariantPathReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VariantPathReader() {
    }

    static JsonNode read(String json, String path) throws SQLException {
        if (json == null || path == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("Error parsing JSON: " + e.getOriginalMessage(), "22000", 100069);
        }
        int i = 0;
        while (node != null && i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                String key = path.substring(i + 1, end < 0 ? path.length() : end);
                node = key.startsWith("\"") ? node.get(key.substring(1, key.length() - 1))
                        : node.isArray() ? node.get(Integer.parseInt(key.strip())) : null;
                i = end < 0 ? path.length() : end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                node = node.isObject() ? node.get(path.substring(i, end)) : null;
                i = end;
            }
        }
        return node == null || node.isMissingNode() ? null : node;
    }
}
