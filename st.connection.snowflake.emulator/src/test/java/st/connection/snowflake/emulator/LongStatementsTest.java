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

/**
 * Ordinary statements that run longer than the wait are answered "still running" (333333), and the
 * real driver polls their result until it has it, as it does against Snowflake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongStatementsTest {
    private static final Duration WAIT = Duration.ofMillis(200);

    private SnowflakeEmulator sf;
    private Connection connection;

    @BeforeAll
    void start() throws SQLException {
        sf = SnowflakeEmulator.builder().stillRunningAfter(WAIT).start();
        connection = Driver.connect(sf);
        try (Statement s = connection.createStatement()) {
            s.execute("create table jobs(id int)");
        }
    }

    @AfterAll
    void stop() throws SQLException {
        connection.close();
        sf.close();
    }

    @BeforeEach
    void reset() {
        sf.resetFaults();
    }

    @Test
    void aLongQueryIsPolledUntilItsRowsArrive() throws SQLException {
        long polls = sf.resultRequestCount();
        sf.setExecutionDelay(WAIT.multipliedBy(6));

        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select 42 as answer")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("ANSWER")).isEqualTo(42);
        }
        assertThat(sf.resultRequestCount() - polls).as("polls of the result").isGreaterThanOrEqualTo(1);
    }

    @Test
    void aLongUpdateAnswersItsCountAfterPolling() throws SQLException {
        long polls = sf.resultRequestCount();
        sf.setExecutionDelay(WAIT.multipliedBy(3));

        try (Statement s = connection.createStatement()) {
            assertThat(s.executeUpdate("insert into jobs values (1), (2)")).isEqualTo(2);
        }
        assertThat(sf.resultRequestCount() - polls).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aLongStatementThatFailsReportsItsErrorAfterPolling() {
        long polls = sf.resultRequestCount();
        sf.setExecutionDelay(WAIT.multipliedBy(3));

        assertThatThrownBy(() -> {
            try (Statement s = connection.createStatement()) {
                s.executeQuery("select * from no_such_table");
            }
        }).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.OBJECT_DOES_NOT_EXIST));
        assertThat(sf.resultRequestCount() - polls).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aShortStatementIsAnsweredAtOnce() throws SQLException {
        long polls = sf.resultRequestCount();

        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
        assertThat(sf.resultRequestCount()).isEqualTo(polls);
    }
}
