package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Closing the emulator releases its port, threads, sessions and database. */
class LifecycleTest {

    @Test
    void closingTheEmulatorLeavesNoThreads() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        SnowflakeEmulator sf = SnowflakeEmulator.start();
        int port = sf.port();
        try (Connection c = Driver.connect(sf); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
        // Left open on purpose: the emulator must end its session. (Closing it after the emulator
        // would make the driver retry for minutes.)
        Connection abandoned = Driver.connect(sf);
        assertThat(abandoned.isValid(2)).isTrue();
        assertThat(emulatorThreads(before, port))
                .anyMatch(name -> name.startsWith("snowflake-emulator-" + port))
                .anyMatch(name -> name.startsWith("HTTP-Dispatcher"));

        sf.close();

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!emulatorThreads(before, port).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(emulatorThreads(before, port)).isEmpty();
    }

    /** Threads started since {@code before} that belong to the emulator: its own, the JDK server's and H2's. */
    private static List<String> emulatorThreads(Set<Thread> before, int port) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> !before.contains(t))
                .map(Thread::getName)
                .filter(name -> name.startsWith("snowflake-emulator-" + port) || name.startsWith("HTTP-Dispatcher")
                        || name.startsWith("server-timer") || name.startsWith("idle-timeout-task")
                        || name.contains("H2") || name.contains("MVStore"))
                .collect(Collectors.toList());
    }

    @Test
    void closingTheEmulatorFreesThePortAndDropsTheDatabase() throws SQLException {
        SnowflakeEmulator sf = SnowflakeEmulator.start();
        int port = sf.port();
        sf.execute("create table doomed(id int)");
        Connection abandoned = Driver.connect(sf);
        assertThat(abandoned.isValid(2)).isTrue();
        sf.close();
        sf.close();

        assertThat(sf.openSessionCount()).isZero();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> sf.execute("select * from doomed")).isInstanceOf(SQLException.class);
    }

    @Test
    void emulatorsInOneJvmAreIndependent() throws SQLException, IOException {
        try (SnowflakeEmulator one = SnowflakeEmulator.start(); SnowflakeEmulator two = SnowflakeEmulator.start()) {
            assertThat(one.port()).isNotEqualTo(two.port());
            one.execute("create table only_in_one(id int)");
            assertThatThrownBy(() -> two.execute("select * from only_in_one")).isInstanceOf(SQLException.class);
            assertThat(one.jdbcUrl()).isEqualTo("jdbc:snowflake://127.0.0.1:" + one.port() + "/");
        }
    }
}
