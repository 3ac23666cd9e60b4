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

    @Test
    void aConnectorDroppedIntoLoadIsUsableAtOnceAndDeletingItClosesItsConnections() throws Exception {
        launcher = RunningLauncher.start(home).awaitReady();
        ConsoleClient console = new ConsoleClient(launcher);
        assertThat(console.panel()).doesNotContain("id='connector-h2mem'");
        Path dropped = home.resolve("load/st.connection.example.jar");

        Files.copy(Path.of(System.getProperty("example.connector.jar")), dropped);

        await("the connector h2mem and its default login form are listed",
                () -> console.panel().contains("id='connector-h2mem'") && console.panel().contains("id='login-h2mem'"));
        console.post(Map.of("action", "login", "form", "h2mem", "database", "dropin", "user", "carol",
                "password", "drop-in-secret"));
        assertThat(console.panel()).as("a connection opened through the dropped-in connector")
                .contains("id='connected-h2mem'", "Connected as <b>carol</b> to <b>h2mem</b>")
                .doesNotContain("drop-in-secret");

        Files.delete(dropped);

        await("the connector and its form are gone", () -> !console.panel().contains("id='connector-h2mem'")
                && !console.panel().contains("id='form-h2mem'"));
        assertThat(launcher.output()).anyMatch(line -> line.contains(
                "Connector 'h2mem' from bundle st.connection.example went away; closing its connections"));
        assertThat(launcher.stop()).as("exit status").isZero();
        assertThat(Files.readString(home.resolve("logs/st-connection.log"))).doesNotContain("drop-in-secret");
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
