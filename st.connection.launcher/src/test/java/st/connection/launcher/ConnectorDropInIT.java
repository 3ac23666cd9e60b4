package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of connectors as plug-ins, kept by the packaged launcher: a connector bundle dropped
 * into {@code load/} while it runs is usable at once, and deleting it closes its connections.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConnectorDropInIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private RunningLauncher launcher;

    @AfterEach
    void killLauncher() throws InterruptedException {
        if (launcher != null) {
            launcher.close();
        }
    }

    /**
     * The sessions are counted at the data source: the connector's database is in memory, and H2
     * drops such a database when its last session closes. So a login with another password is
     * refused while the first person's session is open (the database keeps its first user's
     * password), and accepted once every session on it has closed.
     */
    @Test
    void aConnectorDroppedIntoLoadIsUsableAtOnceAndDeletingItClosesItsConnections() throws Exception {
        launcher = RunningLauncher.start(home).awaitReady();
        ConsoleClient console = new ConsoleClient(launcher);
        assertThat(console.panel()).doesNotContain("id='connector-h2mem'");
        Path dropped = home.resolve("load/st.connection.example.jar");

        Files.copy(Path.of(System.getProperty("example.connector.jar")), dropped);

        await("the connector h2mem and its default login form are listed",
                () -> console.panel().contains("id='connector-h2mem'") && console.panel().contains("id='login-h2mem'"));
        assertThat(logIn(console, "drop-in-secret")).as("a connection opened through the dropped-in connector")
                .contains("id='connected-h2mem'", "Connected as <b>carol</b> to <b>h2mem</b>")
                .doesNotContain("drop-in-secret");
        assertThat(logIn(new ConsoleClient(launcher), "another-secret"))
                .as("while carol's session is open, her database keeps her password")
                .doesNotContain("id='connected-h2mem'").contains("The user name or password is not correct.");

        Files.delete(dropped);

        await("the connector and its form are gone", () -> !console.panel().contains("id='connector-h2mem'")
                && !console.panel().contains("id='form-h2mem'"));
        Files.copy(Path.of(System.getProperty("example.connector.jar")), dropped);
        await("the connector is back", () -> console.panel().contains("id='connector-h2mem'"));
        assertThat(logIn(new ConsoleClient(launcher), "another-secret"))
                .as("no session was left on the database: H2 dropped it, so the login creates it anew")
                .contains("Connected as <b>carol</b> to <b>h2mem</b>");
        assertThat(launcher.stop()).as("exit status").isZero();
        LauncherLog.of(home).assertNoneContains("drop-in-secret", "another-secret");
    }

    /** Logs carol in to the database {@code dropin} through the form {@code h2mem}; returns the panel. */
    private static String logIn(ConsoleClient console, String password) throws Exception {
        console.post(Map.of("action", "login", "form", "h2mem", "database", "dropin", "user", "carol",
                "password", password));
        return console.panel();
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + WITHIN + ": " + what);
            }
            Thread.sleep(100);
        }
    }
}
