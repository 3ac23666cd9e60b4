package st.connection.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From starting a JVM to a usable console: the launcher ({@code java -jar}, until it prints
 * "st.connection ready", i.e. the console answers, every bundle started and the demo data loaded;
 * and, by the baseline's own criterion, until its console answers) against a bare Felix with SCR,
 * HTTP and the Web Console (until its console answers). Each
 * invocation is a new process on a free port with a fresh home folder, so every start is cold.
 * Goals: under 1.3x the bare Felix, and under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class LauncherStartBenchmark {

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** The process an invocation started and its home folder, ended outside the measured time. */
    private Process process;
    private Path home;

    @Benchmark
    public void launcher() throws Exception {
        int port = BenchmarkPlatform.freePort();
        runUntilReady(List.of(JAVA, "-jar", launcherJar(), "--port", String.valueOf(port)), null);
    }

    @Benchmark
    public void launcherConsoleAnswers() throws Exception {
        int port = BenchmarkPlatform.freePort();
        runUntilReady(List.of(JAVA, "-jar", launcherJar(), "--port", String.valueOf(port)), consoleAt(port));
    }

    @Benchmark
    public void bareFelix() throws Exception {
        Path target = BenchmarkPlatform.targetDirectory();
        int port = BenchmarkPlatform.freePort();
        runUntilReady(List.of(JAVA, "-cp", target.resolve("benchmarks.jar").toString(), BareFelix.class.getName(),
                target.resolve("bare-felix").toString(), "felix-cache", String.valueOf(port)), consoleAt(port));
    }

    /** Stopping is not part of starting: JMH leaves invocation tear-downs out of the measured time. */
    @TearDown(Level.Invocation)
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
        if (home != null) {
            BenchmarkPlatform.deleteQuietly(home);
            home = null;
        }
    }

    private static String launcherJar() {
        return BenchmarkPlatform.bundlesDirectory().resolve("st.connection.launcher.jar").toString();
    }

    private static URI consoleAt(int port) {
        return URI.create("http://127.0.0.1:" + port + "/system/console/");
    }

    /**
     * Starts the process in a fresh folder and returns once it is ready: when {@code console} is
     * given, once it answers as the launcher's own probe requires (not 404, no server error);
     * otherwise once the launcher prints its ready line.
     */
    private void runUntilReady(List<String> command, URI console) throws Exception {
        home = Files.createTempDirectory(BenchmarkPlatform.targetDirectory(), "start-");
        process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(console == null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        if (console == null) {
            awaitReadyLine(process, deadline);
        } else {
            awaitConsole(console, process, deadline);
        }
    }

    private static void awaitReadyLine(Process process, long deadline) throws IOException, TimeoutException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.contains("st.connection ready in")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new TimeoutException("The launcher did not print its ready line");
    }

    private static void awaitConsole(URI console, Process process, long deadline) throws Exception {
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (isServed(console)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new TimeoutException("The bare Felix console did not answer at " + console);
    }

    private static boolean isServed(URI url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                int status = connection.getResponseCode();
                return status != HttpURLConnection.HTTP_NOT_FOUND && status < 500;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYetListening) {
            return false;
        }
    }
}
