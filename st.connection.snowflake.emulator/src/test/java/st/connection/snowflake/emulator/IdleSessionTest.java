package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Snowflake's idle session timeout through the real driver: an idle session expires by itself, and
 * the driver's keep-alive heartbeats, timed from the login answer, keep a session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdleSessionTest {
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(4);

    private SnowflakeEmulator sf;

    @BeforeAll
    void start() {
        sf = SnowflakeEmulator.builder().idleTimeout(IDLE_TIMEOUT).start();
    }

    @AfterAll
    void stop() {
        sf.close();
    }

    @Test
    void anIdleSessionExpiresAndItsUserMustLogInAgain() throws Exception {
        Connection c = Driver.connect(sf);
        try {
            assertThat(query(c)).isEqualTo(1);
            Thread.sleep(IDLE_TIMEOUT.plusMillis(500).toMillis());

            assertThatThrownBy(() -> query(c)).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.MASTER_TOKEN_EXPIRED);
                assertThat(e.getMessage()).contains("Authentication token has expired");
            });
            assertThat(c.isValid(2)).isFalse();
        } finally {
            Driver.closeQuietly(c);
        }
        try (Connection again = Driver.connect(sf)) {
            assertThat(query(again)).isEqualTo(1);
        }
    }

    @Test
    void clientSessionKeepAliveHeartbeatsKeepAnIdleSession() throws Exception {
        Properties properties = sf.connectionProperties(Driver.USER, Driver.PASSWORD);
        properties.setProperty("CLIENT_SESSION_KEEP_ALIVE", "true");
        try (Connection c = Driver.connect(sf, properties)) {
            long heartbeatsBefore = sf.heartbeatCount();
            Thread.sleep(IDLE_TIMEOUT.multipliedBy(3).dividedBy(2).toMillis());

            assertThat(query(c)).isEqualTo(1);
            assertThat(sf.heartbeatCount() - heartbeatsBefore).as("heartbeats while idle").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aSessionInUseOutlivesTheTimeout() throws Exception {
        try (Connection c = Driver.connect(sf)) {
            for (int i = 0; i < 3; i++) {
                Thread.sleep(IDLE_TIMEOUT.dividedBy(2).toMillis());
                assertThat(query(c)).isEqualTo(1);
            }
        }
    }

    @Test
    void anIdleTimeoutTheDriverCannotHeartbeatForIsRefused() {
        assertThatThrownBy(() -> SnowflakeEmulator.builder().idleTimeout(Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 4 seconds");
    }

    private static int query(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
