package st.connection.snowflake.emulator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import net.snowflake.client.jdbc.SnowflakeConnection;
import net.snowflake.client.jdbc.SnowflakeDriver;

/** Connects the real snowflake-jdbc driver to an emulator, without DriverManager. */
final class Driver {
    static final String USER = "alice";
    static final String PASSWORD = "secret";

    private static final SnowflakeDriver DRIVER = new SnowflakeDriver();

    private Driver() {
    }

    static Connection connect(SnowflakeEmulator sf) throws SQLException {
        return connect(sf, sf.connectionProperties(USER, PASSWORD));
    }

    static Connection connect(SnowflakeEmulator sf, Properties properties) throws SQLException {
        return DRIVER.connect(sf.jdbcUrl(), properties);
    }

    static String sessionId(Connection connection) throws SQLException {
        return connection.unwrap(SnowflakeConnection.class).getSessionID();
    }

    /** Closes defensively: the driver may throw unchecked exceptions from close() after faults. */
    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // the session is gone or broken; nothing left to release on the server
        }
    }
}
