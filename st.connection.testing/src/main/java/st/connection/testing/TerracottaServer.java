package st.connection.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Terracotta server from Ehcache's clustered kit (which the build unpacks), started on 127.0.0.1
 * with its own ports and folders, active at once. Stopping kills it; starting again brings up an
 * empty server on the same port.
 */
public final class TerracottaServer implements AutoCloseable {

    private static final long START_TIMEOUT_MILLIS = 180_000;

    private final Path kit;
    private final Path work;
    private final String clusterName;
    private final int port;
    private final int groupPort;
    private Process process;
    private int starts;

    /**
     * @param kit the unpacked kit's root (its {@code server/lib/tc.jar} is started)
     * @param work where each start gets its own configuration, log and data folders
     * @param clusterName the name the server's cluster gets
     */
    public TerracottaServer(Path kit, Path work, String clusterName) throws IOException {
        this.kit = kit;
        this.work = work;
        this.clusterName = clusterName;
        this.port = freePort();
        this.groupPort = freePort();
    }

    /** @return the address of a clustered tier named {@code name} on this server */
    public String uri(String name) {
        return "terracotta://127.0.0.1:" + port + "/" + name;
    }

    /** Starts the server and waits until it is active (ready for work). */
    public void start() throws IOException, InterruptedException {
        Path run = work.resolve("run-" + ++starts);
        Files.createDirectories(run);
        Path log = run.resolve("server.log");
        Path serverDir = kit.resolve("server");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:MaxDirectMemorySize=256m",
                "-Dtc.install-root=" + serverDir, "-jar", serverDir.resolve("lib/tc.jar").toString(),
                "-auto-activate", "-cluster-name", clusterName, "-name", "node-1",
                "-hostname", "127.0.0.1", "-bind-address", "127.0.0.1", "-group-bind-address", "127.0.0.1",
                "-port", Integer.toString(port), "-group-port", Integer.toString(groupPort),
                "-offheap-resources", "main:128MB",
                "-config-dir", run.resolve("config").toString(), "-log-dir", run.resolve("logs").toString(),
                "-metadata-dir", run.resolve("metadata").toString(),
                "-data-dirs", "main:" + run.resolve("data"));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a JVM that ends without close() (a failed set-up, a killed fork) must not leave the server running
        ProcessHandle server = process.toHandle();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains("ready for work")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The Terracotta server ended while starting; see " + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The Terracotta server was not active within " + START_TIMEOUT_MILLIS
                + " ms; see " + log);
    }

    /** Kills the server at once, as a crash would. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
