package st.connection.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The packaged launcher jar started as a person starts it: {@code java -jar} in a working
 * directory of the test's own, on a free port. Closing it kills the process.
 */
final class RunningLauncher implements AutoCloseable {

    static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private RunningLauncher(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::collectOutput, "launcher output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the launcher in {@code home}; files put into {@code home/load} before are applied.
     *
     * @param options more command line options, e.g. {@code --snowflake-emulator}
     */
    static RunningLauncher start(Path home, String... options) throws IOException {
        return startOn(freePort(), home, List.of(), options);
    }

    /**
     * @param port the HTTP port: the one of a launcher stopped before is a restart, as the person's open
     *     pages see it
     * @param jvmOptions options for the launcher's JVM, e.g. {@code -Djdk.net.hosts.file=...}
     */
    static RunningLauncher startOn(int port, Path home, List<String> jvmOptions, String... options) throws IOException {
        Path jar = Path.of(System.getProperty("launcher.jar", "target/st.connection.launcher.jar")).toAbsolutePath();
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException("No packaged launcher at " + jar + "; run mvn verify");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port)));
        command.addAll(List.of(options));
        return startCommand(command, port, home, java);
    }

    /**
     * Starts the launcher through another command, e.g. the distribution's start script.
     *
     * @param java the {@code java} the command is to use, handed to it as {@code JAVA}
     */
    static RunningLauncher startCommand(List<String> command, int port, Path directory, String java) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA", java);
        Process process = builder.start();
        process.getOutputStream().close();
        return new RunningLauncher(process, port);
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<String> output() {
        return output;
    }

    /** @return the first output line starting with the prefix, waiting for it */
    String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("The launcher exited with " + process.exitValue() + ":\n" + String.join("\n", output));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No line starting with '" + prefix + "' within " + READY_WITHIN + ":\n"
                + String.join("\n", output));
    }

    /** Waits until the launcher says it is ready. */
    RunningLauncher awaitReady() throws InterruptedException {
        awaitLine("st.connection ready in ");
        return this;
    }

    /** @return the exit status of a launcher that stops by itself, waiting for it */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("The launcher did not exit within " + READY_WITHIN + ":\n" + String.join("\n", output));
        }
        return process.exitValue();
    }

    /**
     * Asks the launcher to stop (SIGTERM), as Ctrl-C or a service manager would.
     *
     * @return its exit status
     */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The launcher did not stop within 30 s:\n" + String.join("\n", output));
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void collectOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
