package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Snowflake error answer: HTTP 200 with {@code success:false}, as the driver expects. SQL errors
 * also carry an SQLState and query id in {@code data}, which is how the driver tells them apart.
 */
final class SnowflakeError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String sqlState;
    private final String queryId;

    private SnowflakeError(int code, String message, String sqlState, String queryId) {
        super(message, null, false, false);
        this.code = code;
        this.sqlState = sqlState;
        this.queryId = queryId;
    }

    /** An error about the request or session, such as a refused login or an expired token. */
    static SnowflakeError of(int code, String message) {
        return new SnowflakeError(code, message, null, null);
    }

    /** An error of one SQL statement. */
    static SnowflakeError ofSql(int code, String sqlState, String message, String queryId) {
        return new SnowflakeError(code, message, sqlState, queryId);
    }

    /** What the emulator recognizes but does not run; SQLState 0A000 (feature not supported). */
    static SnowflakeError notEmulated(String what) {
        return new SnowflakeError(st.connection.snowflake.emulator.SnowflakeErrorCodes.NOT_EMULATED,
                "SQL compilation error:\nThe Snowflake emulator does not emulate " + what + ".", "0A000", null);
    }

    /** The same error for a statement with this query id. */
    SnowflakeError withQueryId(String id) {
        return new SnowflakeError(code, getMessage(), sqlState == null ? "0A000" : sqlState, id);
    }

    /** As an SQLException carrying this error, for code paths that throw those. */
    java.sql.SQLException asSqlException() {
        return new NotEmulatedSqlException(this);
    }

    /** Carries a {@link SnowflakeError} through code that throws SQLExceptions. */
    static final class NotEmulatedSqlException extends java.sql.SQLException {
        private static final long serialVersionUID = 1L;
        private final transient SnowflakeError error;

        NotEmulatedSqlException(SnowflakeError error) {
            super(error.getMessage(), error.sqlState, error.code);
            this.error = error;
        }

        SnowflakeError error() {
            return error;
        }
    }

    String sqlState() {
        return sqlState;
    }

    int code() {
        return code;
    }

    ObjectNode toReply() {
        String formattedCode = formatCode(code);
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        if (sqlState == null) {
            reply.putNull("data");
        } else {
            ObjectNode data = reply.putObject("data");
            data.put("internalError", false);
            data.put("errorCode", formattedCode);
            data.put("age", 0);
            data.put("sqlState", sqlState);
            data.put("queryId", queryId);
            data.put("line", -1);
            data.put("pos", -1);
            data.put("type", "COMPILATION");
        }
        reply.put("code", formattedCode);
        reply.put("message", getMessage());
        reply.put("success", false);
        reply.putNull("headers");
        return reply;
    }

    /** Snowflake writes error codes as six-digit strings, e.g. "002003". */
    static String formatCode(int code) {
        return code >= 0 ? String.format("%06d", code) : Integer.toString(code);
    }
}
