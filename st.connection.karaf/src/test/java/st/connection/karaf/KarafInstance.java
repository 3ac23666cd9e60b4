package st.connection.karaf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An Apache Karaf distribution copied to a work folder of its own and run as a process: every
 * listener on a free port of 127.0.0.1, Maven links resolved from its own system/ folder and one
 * repository folder only (offline), a user for the SSH console with a password made for this run
 * (the distribution has none). Commands go through {@code bin/client}, as an operator types them.
 */
final class KarafInstance implements AutoCloseable {

    private static final String USER = "itest";
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");
    /** The last of the distribution's boot features, installed: Karaf has finished starting. */
    private static final Pattern BOOT_DONE = Pattern.compile("(?m)^kar +\\| [^\\n]*\\| Started ");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final String password = newPassword();
    private final int sshPort = freePort();
    private Process process;

    /** Copies the unpacked distribution to {@code work} (replacing what an earlier run left there) and configures it. */
    KarafInstance(Path distribution, Path work, Path repository) throws IOException {
        deleteTree(work);
        copyTree(distribution, work);
        home = work;
        setProperties("etc/org.apache.karaf.shell.cfg", Map.of("sshPort", String.valueOf(sshPort),
                "sshHost", "127.0.0.1"));
        setProperties("etc/org.apache.karaf.management.cfg", Map.of(
                "rmiRegistryPort", String.valueOf(freePort()), "rmiRegistryHost", "127.0.0.1",
                "rmiServerPort", String.valueOf(freePort()), "rmiServerHost", "127.0.0.1"));
        setProperties("etc/org.ops4j.pax.url.mvn.cfg", Map.of(
                "org.ops4j.pax.url.mvn.defaultRepositories", "${karaf.home.uri}${karaf.default.repository}"
                        + "@id=system.repository@snapshots, " + repository.toUri() + "@id=build@snapshots",
                "org.ops4j.pax.url.mvn.repositories", "",
                "org.ops4j.pax.url.mvn.localRepository", work.resolve("m2").toString(),
                "org.ops4j.pax.url.mvn.offline", "true"));
        Files.writeString(home.resolve("etc/users.properties"), USER + " = " + password + ",_g_:admingroup\n"
                + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n", StandardCharsets.ISO_8859_1);
    }

    Path home() {
        return home;
    }

    /** Starts {@code bin/karaf server} and returns once its boot features are installed. */
    void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.out").toFile());
        javaHome(builder.environment());
        process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + ":\n" + console());
            }
            ClientResult answer = client("feature:list -i");
            if (answer.exitCode() == 0 && BOOT_DONE.matcher(answer.output()).find()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Karaf's console did not answer in " + START_TIMEOUT + ": " + answer
                        + "\n" + log());
            }
            Thread.sleep(500);
        }
    }

    /** Runs one command line through {@code bin/client} and returns what it printed. */
    ClientResult client(String command) throws IOException, InterruptedException {
        // bin/client reads the host, the port and the first user with its password from etc/. The command
        // goes to its standard input (batch mode): as an argument, Karaf 4.4.10's server closes the channel.
        Path output = Files.createTempFile(home, "client", ".out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-b", "-r", "1")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        javaHome(builder.environment());
        Process client = builder.start();
        try (var input = client.getOutputStream()) {
            input.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        boolean exited = client.waitFor(CLIENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            client.destroyForcibly().waitFor();
        }
        String printed = ANSI_ESCAPE.matcher(Files.readString(output)).replaceAll("").replace("\r\n", "\n");
        Files.delete(output);
        return new ClientResult(exited ? client.exitValue() : -1, exited ? printed : printed + "(no answer in "
                + CLIENT_TIMEOUT + ")");
    }

    /** Writes a file into {@code etc/}, where Karaf's FileInstall applies configurations. */
    void dropIntoEtc(String fileName, String content) throws IOException {
        Path target = home.resolve("etc").resolve(fileName);
        Path part = home.resolve(fileName + ".part");
        Files.writeString(part, content, StandardCharsets.ISO_8859_1);
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the end of Karaf's log, for failure messages */
    String log() {
        Path log = home.resolve("data/log/karaf.log");
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(karaf.log unreadable: " + e.getMessage() + ")";
        }
    }

    private String console() throws IOException {
        return Files.readString(home.resolve("console.out"));
    }

    /** Stops Karaf with {@code bin/stop}; whatever still runs after the timeout is killed, child processes first. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        try {
            ProcessBuilder stop = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            javaHome(stop.environment());
            stop.start().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            List<ProcessHandle> left = new ArrayList<>(process.descendants().toList());
            left.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    boolean isRunning() {
        return process != null && (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive));
    }

    private static void javaHome(Map<String, String> environment) {
        environment.put("JAVA_HOME", System.getProperty("java.home"));
    }

    private void setProperties(String file, Map<String, String> values) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = new ArrayList<>();
        List<String> pending = new ArrayList<>(values.keySet());
        boolean continued = false;
        for (String line : Files.readAllLines(path, StandardCharsets.ISO_8859_1)) {
            boolean replaced = continued;
            continued = continued && line.endsWith("\\");
            if (!replaced) {
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    if (line.matches("\\s*" + Pattern.quote(entry.getKey()) + "\\s*[=:].*")) {
                        lines.add(entry.getKey() + " = " + entry.getValue());
                        pending.remove(entry.getKey());
                        replaced = true;
                        continued = line.endsWith("\\");
                    }
                }
            }
            if (!replaced) {
                lines.add(line);
            }
        }
        pending.forEach(key -> lines.add(key + " = " + values.get(key)));
        Files.write(path, lines, StandardCharsets.ISO_8859_1);
    }

    private static String newPassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /** What {@code bin/client} printed for one command line, and its exit code. */
    record ClientResult(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + ":\n" + output;
        }
    }
}
