package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters of one session: Snowflake's defaults, what the client sent at login, and what
 * {@code ALTER SESSION SET} changed. The query answer returns the ones the driver applies (time zone,
 * output formats), so that it formats values as Snowflake's session would. Thread safe: guarded by
 * {@code this}.
 */
final class SessionParameters {
    /** Parameters the driver reads from query answers and applies to the values it formats. */
    private static final Set<String> RETURNED_WITH_QUERIES = Set.of("TIMEZONE", "TIMESTAMP_OUTPUT_FORMAT",
            "TIMESTAMP_NTZ_OUTPUT_FORMAT", "TIMESTAMP_LTZ_OUTPUT_FORMAT", "TIMESTAMP_TZ_OUTPUT_FORMAT",
            "DATE_OUTPUT_FORMAT", "TIME_OUTPUT_FORMAT", "BINARY_OUTPUT_FORMAT", "CLIENT_TIMESTAMP_TYPE_MAPPING",
            "QUERY_TAG", "MULTI_STATEMENT_COUNT", "CLIENT_RESULT_CHUNK_SIZE", "CLIENT_PREFETCH_THREADS",
            "CLIENT_MEMORY_LIMIT");

    private final Map<String, JsonNode> values = new TreeMap<>();
    private final Map<String, JsonNode> defaults;

    SessionParameters(Map<String, JsonNode> defaults, Map<String, JsonNode> atLogin) {
        this.defaults = Map.copyOf(defaults);
        values.putAll(defaults);
        values.putAll(atLogin);
    }

    synchronized JsonNode get(String name) {
        return values.get(name.toUpperCase(Locale.ROOT));
    }

    synchronized void set(String name, JsonNode value) {
        values.put(name.toUpperCase(Locale.ROOT), value);
    }

    /** Back to Snowflake's default, or gone if it has none. */
    synchronized void unset(String name) {
        String key = name.toUpperCase(Locale.ROOT);
        JsonNode value = defaults.get(key);
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    synchronized Map<String, JsonNode> all() {
        return new TreeMap<>(values);
    }

    synchronized boolean isDefault(String name) {
        return values.get(name).equals(defaults.get(name));
    }

    synchronized JsonNode defaultValue(String name) {
        return defaults.get(name);
    }

    /** The {@code parameters} of a query answer. */
    synchronized ArrayNode forQueryAnswer() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        values.forEach((name, value) -> {
            if (RETURNED_WITH_QUERIES.contains(name)) {
                list.addObject().put("name", name).set("value", value);
            }
        });
        return list;
    }
}
