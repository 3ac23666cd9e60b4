package st.connection.snowflake.emulator.internal;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * Translates H2 errors into Snowflake SQL errors: the common ones get Snowflake's code and SQLState,
 * the rest keep H2's. The message is H2's, without the statement H2 appends.
 */
final class SqlErrorMapper {
    private static final String COMPILATION = "SQL compilation error:\n";

    private SqlErrorMapper() {
    }

    static SnowflakeError map(SQLException e, String queryId) {
        String message = h2Message(e);
        switch (e.getErrorCode()) {
            case ErrorCode.SYNTAX_ERROR_1:
            case ErrorCode.SYNTAX_ERROR_2:
                return sql(SnowflakeErrorCodes.SQL_SYNTAX_ERROR, "42000", COMPILATION + message, queryId);
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2:
            case ErrorCode.SCHEMA_NOT_FOUND_1:
            case ErrorCode.SEQUENCE_NOT_FOUND_1:
            case ErrorCode.FUNCTION_NOT_FOUND_1:
                return sql(SnowflakeErrorCodes.OBJECT_DOES_NOT_EXIST, "42S02", COMPILATION + message, queryId);
            case ErrorCode.COLUMN_NOT_FOUND_1:
                return sql(SnowflakeErrorCodes.INVALID_IDENTIFIER, "42000", COMPILATION + message, queryId);
            case ErrorCode.TABLE_OR_VIEW_ALREADY_EXISTS_1:
            case ErrorCode.SCHEMA_ALREADY_EXISTS_1:
            case ErrorCode.INDEX_ALREADY_EXISTS_1:
            case ErrorCode.SEQUENCE_ALREADY_EXISTS_1:
                return sql(SnowflakeErrorCodes.OBJECT_ALREADY_EXISTS, "42710", COMPILATION + message, queryId);
            case ErrorCode.NULL_NOT_ALLOWED:
                return sql(SnowflakeErrorCodes.NULL_INTO_NOT_NULL_COLUMN, "22000", message, queryId);
            case ErrorCode.DATA_CONVERSION_ERROR_1:
                return sql(SnowflakeErrorCodes.VALUE_NOT_RECOGNIZED, "22018", message, queryId);
            case ErrorCode.DIVISION_BY_ZERO_1:
                return sql(SnowflakeErrorCodes.DIVISION_BY_ZERO, "22012", message, queryId);
            case ErrorCode.STATEMENT_WAS_CANCELED:
                return sql(SnowflakeErrorCodes.STATEMENT_CANCELED, "57014", "SQL execution canceled", queryId);
            default:
                String sqlState = e.getSQLState() == null ? "XX000" : e.getSQLState();
                return sql(e.getErrorCode(), sqlState, message, queryId);
        }
    }

    private static SnowflakeError sql(int code, String sqlState, String message, String queryId) {
        return SnowflakeError.ofSql(code, sqlState, message, queryId);
    }

    /** H2 appends "; SQL statement:\n..." to its messages; the caller knows the statement. */
    private static String h2Message(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int statement = message.indexOf("; SQL statement:");
        String text = statement < 0 ? message : message.substring(0, statement);
        return text.replaceAll(" \\[\\d+-\\d+]$", "");
    }
}
