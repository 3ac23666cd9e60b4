package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.h2.api.ErrorCode;

/**
 * {@code ALTER SESSION SET name = value, ...} / {@code UNSET name, ...}, kept per session and returned
 * with every query answer ({@link SessionParameters}); {@code AUTOCOMMIT} switches H2's auto-commit
 * and {@code TIMEZONE} H2's time zone. {@code SHOW PARAMETERS [LIKE ...] [IN SESSION]} lists them.
 */
final class SessionParameterCommands {
    private SessionParameterCommands() {
    }

    static void alter(EmulatedSession session, SqlTokens sql, int first) throws SQLException {
        boolean unset = sql.keyword(first + 2).equals("UNSET");
        int i = first + 3;
        while (i < sql.size()) {
            String name = sql.keyword(i);
            if (unset) {
                session.parameters().unset(name);
                applied(session, name);
                i += sql.keyword(i + 1).equals(",") ? 2 : 1;
                continue;
            }
            int valueAt = sql.keyword(i + 1).equals("=") ? i + 2 : i + 1;
            JsonNode value = value(sql.token(valueAt));
            if (name.equals("TIMEZONE")) {
                try {
                    ZoneId.of(value.asText());
                } catch (DateTimeException e) {
                    throw new SQLException("Invalid value [" + value.asText() + "] for parameter 'TIMEZONE'", "22023",
                            ErrorCode.INVALID_VALUE_2);
                }
            }
            session.parameters().set(name, value);
            applied(session, name);
            i = valueAt + 1;
            if (sql.keyword(i).equals(",")) {
                i++;
            }
        }
    }

    private static void applied(EmulatedSession session, String name) throws SQLException {
        if (name.equals("AUTOCOMMIT")) {
            JsonNode value = session.parameters().get("AUTOCOMMIT");
            session.autoCommit(value == null || value.asBoolean(true) || value.asText().equalsIgnoreCase("TRUE"));
        } else if (name.equals("TIMEZONE")) {
            session.timeZoneChanged();
        }
    }

    /** A literal as a typed JSON value: strings unquoted, numbers and booleans typed. */
    private static JsonNode value(String token) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (token.startsWith("'")) {
            return json.textNode(token.substring(1, Math.max(1, token.length() - 1)).replace("''", "'"));
        }
        if (token.equalsIgnoreCase("TRUE") || token.equalsIgnoreCase("FALSE")) {
            return json.booleanNode(Boolean.parseBoolean(token));
        }
        if (token.matches("-?\\d+")) {
            return json.numberNode(Long.parseLong(token));
        }
        return json.textNode(token.toUpperCase(java.util.Locale.ROOT));
    }

    static Rowset show(EmulatedSession session, ShowStatement show) {
        RowsetBuilder rows = new RowsetBuilder().text("key", "value", "default", "level", "description", "type");
        for (Map.Entry<String, JsonNode> parameter : session.parameters().all().entrySet()) {
            String name = parameter.getKey();
            if (!show.matches(name)) {
                continue;
            }
            JsonNode value = parameter.getValue();
            JsonNode defaultValue = session.parameters().defaultValue(name);
            rows.row(name, value.asText(), defaultValue == null ? "" : defaultValue.asText(),
                    defaultValue != null && defaultValue.equals(value) ? "" : "SESSION", "", type(value));
        }
        return rows.build();
    }

    private static String type(JsonNode value) {
        return value.isBoolean() ? "BOOLEAN" : value.isNumber() ? "NUMBER" : "STRING";
    }
}
