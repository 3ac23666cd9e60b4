package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of Snowflake's {@code FLATTEN} for one element, as static methods H2 calls through
 * {@code CREATE ALIAS} (see {@link #ALIASES}); the dialect's FLATTEN rewrite joins the input with a
 * range of element numbers and reads each column with these. Elements are those of the array or
 * object at {@code path} in {@code input} (objects in the order of their JSON text), as
 * {@code mode} ({@code BOTH}, {@code ARRAY}, {@code OBJECT}) allows; a null element number, as a
 * row {@code OUTER => TRUE} adds, reads as NULL. Thread safe: stateless.
 */
public final class FlattenFunctions {
    static final List<String[]> ALIASES = List.of(new String[] {"SF_FLATTEN_SIZE", "size"},
            new String[] {"SF_FLATTEN_VALUE", "value"}, new String[] {"SF_FLATTEN_KEY", "key"},
            new String[] {"SF_FLATTEN_INDEX", "index"}, new String[] {"SF_FLATTEN_PATH", "path"},
            new String[] {"SF_FLATTEN_THIS", "self"});

    private FlattenFunctions() {
    }

    /** The number of elements FLATTEN produces for this input: 0 for NULL or a scalar. */
    public static int size(String input, String path, String mode) throws SQLException {
        JsonNode container = flattened(input, path, mode);
        return container == null ? 0 : container.size();
    }

    /** VALUE: the element, as JSON text. */
    public static String value(String input, String path, String mode, Integer element) throws SQLException {
        JsonNode container = flattened(input, path, mode);
        if (container == null || element == null || element >= container.size()) {
            return null;
        }
        return container.isArray() ? container.get(element).toString() : field(container, element).getValue().toString();
    }

    /** KEY: the field's name for objects, NULL for arrays. */
    public static String key(String input, String path, String mode, Integer element) throws SQLException {
        JsonNode container = flattened(input, path, mode);
        if (container == null || element == null || element >= container.size() || container.isArray()) {
            return null;
        }
        return field(container, element).getKey();
    }

    /** INDEX: the position for arrays, NULL for objects. */
    public static Integer index(String input, String path, String mode, Integer element) throws SQLException {
        JsonNode container = flattened(input, path, mode);
        if (container == null || element == null || element >= container.size() || !container.isArray()) {
            return null;
        }
        return element;
    }

    /** PATH: the element's path from the input, e.g. {@code b[0]} or {@code b.c}. */
    public static String path(String input, String path, String mode, Integer element) throws SQLException {
        JsonNode container = flattened(input, path, mode);
        if (container == null || element == null || element >= container.size()) {
            return null;
        }
        if (container.isArray()) {
            return path + "[" + element + "]";
        }
        String key = field(container, element).getKey();
        String step = key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : "['" + key.replace("'", "\\'") + "']";
        return path.isEmpty() || step.startsWith("[") ? path + step : path + "." + step;
    }

    /** THIS: the array or object being flattened, as JSON text. */
    public static String self(String input, String path, String mode) throws SQLException {
        JsonNode container = flattened(input, path, mode);
        return container == null ? null : container.toString();
    }

    private static JsonNode flattened(String input, String path, String mode) throws SQLException {
        JsonNode node = VariantPathReader.read(input, path == null ? "" : path);
        if (node == null) {
            return null;
        }
        String flattened = mode == null ? "BOTH" : mode.toUpperCase(Locale.ROOT);
        boolean array = node.isArray() && !flattened.equals("OBJECT");
        boolean object = node.isObject() && !flattened.equals("ARRAY");
        return array || object ? node : null;
    }

    private static Map.Entry<String, JsonNode> field(JsonNode object, int element) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        for (int i = 0; i < element; i++) {
            fields.next();
        }
        return fields.next();
    }
}
