package st.connection.snowflake.emulator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator and one connection of the real driver to it, shared by the tests of a class: started
 * before the first, where the given statements are run through that connection, and closed after
 * the last. Registered with {@code @RegisterExtension} on a static field.
 */
final class ConnectedEmulator implements BeforeAllCallback, AfterAllCallback {

    private final List<String> setup;
    private SnowflakeEmulator emulator;
    private Connection connection;

    ConnectedEmulator(String... setup) {
        this.setup = List.of(setup);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        emulator = SnowflakeEmulator.start();
        connection = Driver.connect(emulator);
        try (Statement statement = connection.createStatement()) {
            for (String sql : setup) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        connection.close();
        emulator.close();
    }

    SnowflakeEmulator emulator() {
        return emulator;
    }

    Connection connection() {
        return connection;
    }
}
