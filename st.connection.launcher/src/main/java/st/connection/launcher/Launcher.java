package st.connection.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Apache Felix with every embedded bundle, waits until the Web Console is served and
 * prints where to go; then runs until the framework stops.
 */
public final class Launcher {

    /** Registered by st.connection.demo; getting it returns once the demo data is loaded. */
    static final String DEMO_DATA = "(objectClass=st.connection.demo.internal.DemoData)";
    /** Registered by st.connection.demo once the sample tables are in the Snowflake emulator. */
    static final String EMULATOR_DEMO_DATA = "(objectClass=st.connection.demo.internal.EmulatorDemoData)";
    /** The console's Connections panel (st.connection.ui); the ready line names its page. */
    static final String CONNECTIONS_PANEL = "(felix.webconsole.label=connections)";
    static final String DEMO_USERS = "demo users alice/wonderland, bob/builder";
    static final String CONSOLE_CREDENTIALS = "admin/admin";

    private static final long READY_TIMEOUT_MS = 60_000;
    private static final long DEMO_TIMEOUT_MS = 10_000;

    private final LaunchOptions options;
    private final Logger log = LoggerFactory.getLogger(Launcher.class);

    /** Logging must be started before this: SLF4J reads its settings on first use. */
    Launcher(LaunchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }
        ConsoleAndFileLogging.start(options.home());
        System.exit(new Launcher(options).run(jvmStart));
    }

    /** @return the process exit status */
    int run(long startedAtMillis) throws Exception {
        log.debug("Logging ready at {} ms", System.currentTimeMillis() - startedAtMillis);
        Optional<ConsoleCredentials> credentials = ConsoleCredentials.read(options.home());
        if (!options.isLoopbackOnly() && credentials.filter(set -> !set.isDefault()).isEmpty()) {
            log.error("Not started: on {} the Web Console would accept its default password, and whoever logs in to it "
                    + "can run code on this machine; set username and password in {}/{} first (see the README, "
                    + "Security)", options.host(), DefaultConfigurations.LOAD_DIRECTORY, ConsoleCredentials.FILE);
            return 2;
        }
        if (!isPortFree()) {
            log.error("Port {} on {} is in use; choose another with --port N", options.port(), options.host());
            return 1;
        }
        DefaultConfigurations.writeIfAbsent(options.home());
        int emulatorPort = options.snowflakeEmulator() ? freeLoopbackPort() : 0;
        if (options.snowflakeEmulator()) {
            EmulatorConfigurations.write(options.home(), emulatorPort);
        } else {
            EmulatorConfigurations.remove(options.home());
        }
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No OSGi framework on the class path"))
                .newFramework(FrameworkProperties.of(options, System.console() != null, credentials));
        framework.init();
        new SignalShutdown(framework).install();
        CompletableFuture<Void> started;
        try {
            started = startBundles(framework, startedAtMillis);
        } catch (Exception e) {
            log.error("st.connection could not start: {}", e.getMessage(), e);
            framework.stop();
            framework.waitForStop(SignalShutdown.STOP_TIMEOUT_MS);
            return 1;
        }
        announceWhenReady(framework, started, startedAtMillis, emulatorPort, credentials.isPresent());
        FrameworkEvent stopped = framework.waitForStop(0);
        log.info("st.connection stopped");
        return stopped.getType() == FrameworkEvent.ERROR ? 1 : 0;
    }

    /** @return completes when every bundle's start has returned */
    private CompletableFuture<Void> startBundles(Framework framework, long startedAtMillis) throws Exception {
        new OsgiLogForwarder(framework.getBundleContext()).open();
        log.debug("Framework initialised at {} ms", System.currentTimeMillis() - startedAtMillis);
        BundleInstaller installer = new BundleInstaller(framework.getBundleContext());
        List<Bundle> bundles = installer.installEmbedded();
        log.debug("{} bundles installed at {} ms", bundles.size(), System.currentTimeMillis() - startedAtMillis);
        framework.start();
        return installer.start(bundles).whenComplete((done, failure) ->
                log.debug("Bundles started at {} ms", System.currentTimeMillis() - startedAtMillis));
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Jetty would only log a failure to bind and leave the console unreachable: say so before starting. */
    private boolean isPortFree() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(options.host(), options.port()));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /**
     * Prints the ready line once the console is served, every bundle's start has returned, the
     * Connections panel is registered and the demo data is loaded (or has not come within
     * {@value #DEMO_TIMEOUT_MS} ms: then without the demo users, and a warning); with an emulator,
     * once its sample tables are loaded too.
     */
    private void announceWhenReady(Framework framework, CompletableFuture<Void> started, long startedAtMillis,
            int emulatorPort, boolean ownCredentials) throws InterruptedException, ExecutionException, TimeoutException {
        ReadinessProbe probe = new ReadinessProbe(framework.getBundleContext());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MS);
        if (!probe.awaitConsole(URI.create(options.localConsoleUrl() + "/"), deadline)) {
            log.error("The Web Console did not answer at {} within {} s; see the log above", options.consoleUrl(),
                    READY_TIMEOUT_MS / 1000);
            return;
        }
        log.debug("Console served at {} ms", System.currentTimeMillis() - startedAtMillis);
        started.get(READY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        if (!probe.awaitService(CONNECTIONS_PANEL, deadline)) {
            log.warn("The console's Connections panel is not there after {} s; the console's Components page shows "
                    + "what it waits for", READY_TIMEOUT_MS / 1000);
        }
        long demoDeadline = Math.min(deadline, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEMO_TIMEOUT_MS));
        boolean demo = probe.awaitService(DEMO_DATA, demoDeadline);
        boolean emulator = emulatorPort > 0 && probe.awaitService(EMULATOR_DEMO_DATA, demoDeadline);
        long elapsed = System.currentTimeMillis() - startedAtMillis;
        if (!demo) {
            log.warn("The demo data is not loaded after {} s; the console shows which component or configuration is waiting",
                    DEMO_TIMEOUT_MS / 1000);
        }
        if (emulatorPort > 0 && !emulator) {
            log.warn("The Snowflake emulator's sample tables are not loaded after {} s; see the log above",
                    DEMO_TIMEOUT_MS / 1000);
        }
        // The log gets the address only; the printed line also names the demo passwords.
        log.info("st.connection ready in {} ms: {}", elapsed, options.consoleUrl());
        System.out.println("st.connection ready in " + elapsed + " ms: " + options.consoleUrl()
                + " (" + (ownCredentials ? "the user and password of load/" + ConsoleCredentials.FILE : CONSOLE_CREDENTIALS)
                + ")" + (demo ? "; " + DEMO_USERS + "; demo application "
                        + options.demoUrl() : ""));
        if (emulator) {
            System.out.println("Snowflake emulator at jdbc:snowflake://127.0.0.1:" + emulatorPort
                    + "/ with the sample tables; log in with the form 'snowflake' or 'snowpark' as alice/wonderland or "
                    + "bob/builder, or open " + options.snowflakeDemoUrl() + " (JDBC) or " + options.snowparkDemoUrl()
                    + " (Snowpark)");
        }
    }
}
