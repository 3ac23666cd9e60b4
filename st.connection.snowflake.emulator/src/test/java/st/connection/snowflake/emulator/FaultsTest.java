package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Injected faults as the real driver experiences them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsTest {
    private SnowflakeEmulator sf;

    @BeforeAll
    void start() throws SQLException {
        sf = SnowflakeEmulator.builder().user(Driver.USER, Driver.PASSWORD).start();
        sf.execute("create table events(id int)");
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
    void expiredSessionThatCannotRenewIsInvalidAndFailsWith390114() throws SQLException {
        Connection c = Driver.connect(sf);
        try {
            sf.expireSession(Driver.sessionId(c), SessionExpiry.NOT_RENEWABLE);
            assertThat(c.isValid(2)).isFalse();
            assertThatThrownBy(() -> query(c, "select 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.MASTER_TOKEN_EXPIRED);
                        assertThat(e.getMessage()).contains("Authentication token has expired");
                    });
            assertThat(c.isClosed()).isFalse();
            assertThat(sf.queryCount()).isZero();
        } finally {
            Driver.closeQuietly(c);
        }
    }

    @Test
    void renewableExpiryIsTransparentToTheApplication() throws SQLException {
        try (Connection c = Driver.connect(sf)) {
            sf.expireSession(Driver.sessionId(c), SessionExpiry.RENEWABLE);
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("insert into events values (1)")).isEqualTo(1);
            }
            assertThat(sf.tokenRenewalCount()).as("the insert met the expiry and renewed the token").isEqualTo(1);
            sf.expireAllSessions(SessionExpiry.RENEWABLE);
            assertThat(c.isValid(2)).isTrue();
            assertThat(query(c, "select count(*) from events where id = 1")).isEqualTo(1);
            assertThat(sf.tokenRenewalCount()).as("the heartbeat or the query renewed it again").isEqualTo(2);
            assertThat(sf.queryCount(Driver.sessionId(c))).isEqualTo(2);
        }
    }

    @Test
    void killedSessionIsInvalidAndFailsWith390111() throws SQLException {
        Connection c = Driver.connect(sf);
        try {
            sf.killSession(Driver.sessionId(c));
            assertThat(sf.openSessionCount()).isZero();
            assertThat(c.isValid(2)).isFalse();
            assertThatThrownBy(() -> query(c, "select 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.SESSION_NO_LONGER_EXISTS);
                        assertThat(e.getMessage()).contains("Session no longer exists");
                    });
        } finally {
            Driver.closeQuietly(c);
        }
    }

    @Test
    void killingAllSessionsEndsEveryConnection() throws SQLException {
        Connection first = Driver.connect(sf);
        Connection second = Driver.connect(sf);
        try {
            sf.killAllSessions();
            assertThat(first.isValid(2)).isFalse();
            assertThat(second.isValid(2)).isFalse();
            try (Connection fresh = Driver.connect(sf)) {
                assertThat(query(fresh, "select 5")).isEqualTo(5);
            }
        } finally {
            Driver.closeQuietly(first);
            Driver.closeQuietly(second);
        }
    }

    @Test
    void unknownSessionIdIsRejected() {
        assertThatThrownBy(() -> sf.killSession("42")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("42");
        assertThatThrownBy(() -> sf.expireSession("42", SessionExpiry.RENEWABLE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latencyDelaysEveryRequest() throws SQLException {
        try (Connection c = Driver.connect(sf)) {
            sf.setLatency(Duration.ofMillis(300));
            long start = System.nanoTime();
            assertThat(query(c, "select 1")).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

            sf.setLatency(Duration.ofMillis(1500));
            start = System.nanoTime();
            assertThat(c.isValid(1)).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1400));

            sf.setLatency(Duration.ZERO);
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    void nextQueryFailsOnceWithTheGivenError() throws SQLException {
        try (Connection c = Driver.connect(sf)) {
            sf.failNextQuery(90001, "57P01", "Warehouse was suspended.");
            assertThatThrownBy(() -> query(c, "select 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(90001);
                        assertThat(e.getSQLState()).isEqualTo("57P01");
                        assertThat(e.getMessage()).contains("Warehouse was suspended.");
                    });
            assertThat(query(c, "select 2")).isEqualTo(2);
        }
    }

    private static int query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
