package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginTest {
    private SnowflakeEmulator sf;

    @BeforeAll
    void start() {
        sf = SnowflakeEmulator.builder().user(Driver.USER, Driver.PASSWORD).user("bob", "builder").start();
    }

    @AfterAll
    void stop() {
        sf.close();
    }

    @BeforeEach
    void reset() {
        sf.resetFaults();
        sf.resetCounters();
    }

    @Test
    void connectsAndRunsAQuery() throws SQLException {
        try (Connection c = Driver.connect(sf); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1 + 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void echoesDatabaseSchemaWarehouseAndRoleOfTheLoginAndCreatesMissingOnes() throws SQLException {
        Properties properties = sf.connectionProperties(Driver.USER, Driver.PASSWORD);
        properties.setProperty("db", "sales");
        properties.setProperty("schema", "reporting");
        properties.setProperty("warehouse", "wh_small");
        properties.setProperty("role", "analyst");
        try (Connection c = Driver.connect(sf, properties)) {
            assertThat(c.getCatalog()).isEqualTo("SALES");
            assertThat(c.getSchema()).isEqualTo("REPORTING");
            try (Statement s = c.createStatement()) {
                s.execute("create table in_reporting(x int)");
                assertThat(s.executeUpdate("insert into sales.reporting.in_reporting values (1)")).isEqualTo(1);
            }
        }
        assertThatThrownBy(() -> sf.execute("insert into reporting.in_reporting values (1)"))
                .as("the default database is another one").isInstanceOf(SQLException.class);
    }

    @Test
    void wrongPasswordIsRefusedWith390100() {
        assertThatThrownBy(() -> Driver.connect(sf, sf.connectionProperties(Driver.USER, "wrong")))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.INCORRECT_USERNAME_OR_PASSWORD);
                    assertThat(e.getSQLState()).isEqualTo("08001");
                    assertThat(e.getMessage()).contains("Incorrect username or password was specified.");
                });
        assertThat(sf.failedLoginCount()).isEqualTo(1);
        assertThat(sf.loginCount()).isZero();
    }

    @Test
    void unknownUserIsRefusedWith390100() {
        assertThatThrownBy(() -> Driver.connect(sf, sf.connectionProperties("mallory", Driver.PASSWORD)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode())
                        .isEqualTo(SnowflakeErrorCodes.INCORRECT_USERNAME_OR_PASSWORD));
    }

    @Test
    void loginNamesAreCaseInsensitive() throws SQLException {
        try (Connection c = Driver.connect(sf, sf.connectionProperties("BOB", "builder"))) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void refusedLoginsFailWithTheGivenCodeUntilLoginsAreAccepted() throws SQLException {
        sf.refuseLogins(390422, "Service is in maintenance.");
        assertThatThrownBy(() -> Driver.connect(sf))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(390422);
                    assertThat(e.getMessage()).contains("Service is in maintenance.");
                });
        assertThat(sf.failedLoginCount()).isEqualTo(1);

        sf.acceptLogins();
        try (Connection c = Driver.connect(sf)) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(sf.loginCount()).isEqualTo(1);
    }

    @Test
    void anyUserIsAcceptedWhenNoUsersAreConfigured() throws SQLException {
        try (SnowflakeEmulator open = SnowflakeEmulator.start();
                Connection c = Driver.connect(open, open.connectionProperties("anyone", "anything"))) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void dataOfOneSessionIsVisibleToAnother() throws SQLException {
        try (Connection writer = Driver.connect(sf); Connection reader = Driver.connect(sf, sf.connectionProperties("bob", "builder"))) {
            assertThat(Driver.sessionId(writer)).isNotEqualTo(Driver.sessionId(reader));
            try (Statement s = writer.createStatement()) {
                s.execute("create table shared_between_sessions(x int)");
                s.executeUpdate("insert into shared_between_sessions values (7)");
            }
            try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("select x from shared_between_sessions")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
    }

    @Test
    void closingTheConnectionClosesTheSession() throws SQLException {
        int before = sf.openSessionCount();
        Connection c = Driver.connect(sf);
        String id = Driver.sessionId(c);
        assertThat(sf.sessionIds()).contains(id);
        assertThat(sf.openSessionCount()).isEqualTo(before + 1);
        c.close();
        assertThat(sf.sessionIds()).doesNotContain(id);
        assertThat(sf.openSessionCount()).isEqualTo(before);
    }
}
