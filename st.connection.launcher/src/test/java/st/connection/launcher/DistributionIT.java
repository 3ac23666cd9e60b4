package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a person uses it: unpacked with tar, started with its one command
 * from another working directory, it serves the console and applies the sample configuration in
 * its own {@code load/}.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DistributionIT {

    @TempDir
    Path unpacked;

    @TempDir
    Path elsewhere;

    private RunningLauncher launcher;

    @AfterEach
    void killLauncher() throws InterruptedException {
        if (launcher != null) {
            launcher.close();
        }
    }

    @Test
    void theUnpackedArchiveStartsWithOneCommandAndAppliesItsSampleConfiguration() throws Exception {
        Path archive = Path.of(System.getProperty("distribution.archive"));
        assertThat(run(elsewhere, "tar", "-xf", archive.toString(), "-C", unpacked.toString())).isZero();
        Path home = unpacked.resolve(archive.getFileName().toString().replace("-dist.tar", ""));
        assertThat(home.resolve("start")).isExecutable();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(home.resolve("NOTICE")).isRegularFile();

        int port = RunningLauncher.freePort();
        List<String> command = new ArrayList<>(List.of(home.resolve("start").toString(), "--port", String.valueOf(port)));
        launcher = RunningLauncher.startCommand(command, port, elsewhere,
                Path.of(System.getProperty("java.home"), "bin", "java").toString()).awaitReady();

        ConsoleClient console = new ConsoleClient(launcher);
        assertThat(console.panel()).as("the sample configuration's shared connection").contains("id='shared-reports'")
                .as("and the launcher's own demo connection").contains("id='shared-demo'")
                .as("every configuration applied").contains("id='problems-none'");
        console.post(Map.of("action", "reopen", "name", "reports"));
        assertThat(rowOf(console.panel(), "shared-reports")).as("the sample's connection, opened")
                .contains("<td>reports</td><td>jdbc</td><td>OPEN</td>");
        assertThat(home.resolve("load/st.connection.singleton-demo.cfg")).as("demo configuration beside the script")
                .isRegularFile();
        assertThat(home.resolve("logs/st-connection.log")).isRegularFile();
        assertThat(elsewhere.resolve("load")).as("nothing written to the working directory").doesNotExist();
        assertThat(launcher.stop()).as("exit status").isZero();
    }

    private static String rowOf(String html, String id) {
        int start = html.indexOf("<tr id='" + id + "'>");
        assertThat(start).as("row " + id).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static int run(Path directory, String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start().waitFor();
    }
}
