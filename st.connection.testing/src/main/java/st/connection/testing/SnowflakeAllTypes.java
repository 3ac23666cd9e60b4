package st.connection.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The table {@code ALL_TYPES} for a Snowflake emulator: every Snowflake type with typical values,
 * extremes, empty values, unicode and NULLs, as the statements that make it (run each with the
 * emulator's {@code execute}).
 */
public final class SnowflakeAllTypes {

    public static final String SELECT_ALL = "SELECT * FROM ALL_TYPES ORDER BY ID";
    public static final String FROM_ID = "SELECT * FROM ALL_TYPES WHERE ID >= ? ORDER BY ID";
    /** The cells {@link #readEveryGetter} reads: 15 columns of the 4 rows, then of the 3 from ID 2 on. */
    public static final int CELLS_READ = 15 * (4 + 3);

    private SnowflakeAllTypes() {
    }

    /**
     * Reads every getter of every cell of the table: all rows (then tries to scroll them, forward
     * only), and the rows from ID 2 on through a prepared statement.
     */
    public static ResultSetProbe readEveryGetter(Connection connection) throws SQLException {
        ResultSetProbe probe = new ResultSetProbe();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(SELECT_ALL)) {
                probe.readAll(rows, statement);
            }
            try (ResultSet rows = statement.executeQuery(SELECT_ALL)) {
                probe.tryToScroll(rows);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(FROM_ID)) {
            statement.setInt(1, 2);
            try (ResultSet rows = statement.executeQuery()) {
                probe.readAll(rows, statement);
            }
        }
        return probe;
    }

    /** @param largeNumber the first row's {@code NUMBER(38, 0)}: Snowpark reads such a column as a {@code long} */
    public static List<String> statements(String largeNumber) {
        return List.of("""
                CREATE TABLE IF NOT EXISTS ALL_TYPES(ID NUMBER(10, 0), C_BIGNUMBER NUMBER(38, 0), C_NUMBER NUMBER(12, 2),
                    C_SCALED NUMBER(38, 12), C_FLOAT FLOAT, C_VARCHAR VARCHAR, C_CHAR CHAR(5), C_BOOLEAN BOOLEAN,
                    C_DATE DATE, C_TIME TIME, C_NTZ TIMESTAMP_NTZ, C_LTZ TIMESTAMP_LTZ, C_TZ TIMESTAMP_TZ,
                    C_BINARY VARBINARY(16), C_VARIANT VARIANT)""",
                "DELETE FROM ALL_TYPES",
                """
                INSERT INTO ALL_TYPES VALUES (1, %s, 13.50, 2.700000000000, 2.7,
                    'Grüße 😀 日本', 'ab', TRUE, DATE '2024-02-29', TIME '12:34:56.123456789',
                    TIMESTAMP '2038-01-19 03:14:08', TIMESTAMP WITH TIME ZONE '2024-02-29 12:34:56.5+05:30',
                    TIMESTAMP WITH TIME ZONE '2024-02-29 12:34:56.123456789-08:00', X'CAFE', '{"a":[1,2]}')"""
                        .formatted(largeNumber),
                """
                INSERT INTO ALL_TYPES VALUES (2, 9223372036854775807, -0.01, -0.000000000001, 1.0E300, '', '',
                    FALSE, DATE '1970-01-01', TIME '00:00:00', TIMESTAMP '1970-01-01 00:00:00',
                    TIMESTAMP WITH TIME ZONE '1900-01-01 00:00:00+14:00',
                    TIMESTAMP WITH TIME ZONE '9999-12-31 23:59:59.999999999-12:00', X'', '"text"')""",
                "INSERT INTO ALL_TYPES(ID) VALUES (3)",
                """
                INSERT INTO ALL_TYPES(ID, C_BIGNUMBER, C_NUMBER, C_FLOAT, C_VARCHAR, C_CHAR) VALUES
                    (4, 1, 2147483648.50, -2.5, '42', '2.5')""");
    }
}
