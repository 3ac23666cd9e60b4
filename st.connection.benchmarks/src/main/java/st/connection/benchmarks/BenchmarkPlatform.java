package st.connection.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.util.tracker.ServiceTracker;

import st.connection.api.CacheStatistics;
import st.connection.api.ConnectionService;
import st.connection.api.QueryCache;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * The real bundles in an embedded Felix, as an application sees them: benchmarks reach core only
 * through the services of {@code st.connection.api}, so they measure the code paths applications
 * run (DS wiring, the JDBC views, Ehcache embedded in core) and not a test double of them. The API,
 * the JDBC service API and SLF4J come from the benchmark's class path through the system bundle,
 * so benchmark code and bundles share those types.
 */
final class BenchmarkPlatform implements AutoCloseable {

    /** Bundles every platform starts, in this order, from {@code target/bundles}. */
    private static final List<String> BUNDLES = List.of("org.osgi.util.function", "org.osgi.util.promise",
            "org.osgi.service.component", "org.apache.felix.scr", "org.apache.felix.configadmin", "h2",
            "st.connection.core", "st.connection.cache.jdbc", "st.connection.cache.h2", "st.connection.jdbc");
    private static final String SNOWFLAKE_CONNECTOR = "st.connection.snowflake";
    private static final List<String> EXAMPLE_ADAPTER = List.of("st.connection.example", "st.connection.example.cache");
    private static final long TIMEOUT_MILLIS = 60_000;

    private final Framework framework;
    private final Path storage;

    private BenchmarkPlatform(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
    }

    /** Core and the JDBC connector with H2. */
    static BenchmarkPlatform start() {
        return start(List.of());
    }

    /** Core, the JDBC connector with H2, and the Snowflake connector (its driver embedded). */
    static BenchmarkPlatform startWithSnowflake() {
        return start(List.of(SNOWFLAKE_CONNECTOR));
    }

    /** Core, the JDBC connector with H2, and the example's {@code kv} connector with its cache adapter. */
    static BenchmarkPlatform startWithExampleAdapter() {
        return start(EXAMPLE_ADAPTER);
    }

    /** Core, the JDBC connector with H2, the Snowflake connector, and the example's {@code kv} connector with its cache adapter. */
    static BenchmarkPlatform startWithSnowflakeAndExampleAdapter() {
        List<String> extra = new ArrayList<>(EXAMPLE_ADAPTER);
        extra.add(SNOWFLAKE_CONNECTOR);
        return start(extra);
    }

    /** Sets the query cache's configuration ({@code st.connection.cache}), as an operator would. */
    void configureCache(Map<String, Object> settings) {
        try {
            service(ConfigurationAdmin.class).getConfiguration("st.connection.cache", "?")
                    .update(new Hashtable<>(settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BenchmarkPlatform start(List<String> extraBundles) {
        try {
            Path storage = Files.createTempDirectory("st-connection-bench-felix");
            Map<String, String> properties = new HashMap<>();
            properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
            properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",",
                    exportsOf("st.connection.api"), exportsOf("st.connection.example"),
                    "org.osgi.service.jdbc;version=1.1.0", "org.osgi.service.cm;version=1.6.1",
                    "org.slf4j;version=1.7.36", "org.slf4j.helpers;version=1.7.36", "org.slf4j.spi;version=1.7.36",
                    "org.slf4j.event;version=1.7.36"));
            properties.put("ds.loglevel", "warn");
            Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                    .newFramework(properties);
            framework.start();
            List<String> names = new ArrayList<>(BUNDLES);
            names.addAll(extraBundles);
            List<Bundle> bundles = new ArrayList<>();
            for (String name : names) {
                bundles.add(framework.getBundleContext().installBundle(bundlesDirectory().resolve(name + ".jar")
                        .toUri().toString()));
            }
            for (Bundle bundle : bundles) {
                bundle.start();
            }
            BenchmarkPlatform platform = new BenchmarkPlatform(framework, storage);
            platform.service(ConnectionService.class);
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BundleException e) {
            throw new IllegalStateException("The benchmark platform did not start: " + e.getMessage(), e);
        }
    }

    ConnectionService connections() {
        return service(ConnectionService.class);
    }

    QueryCache queryCache() {
        return service(QueryCache.class);
    }

    /**
     * Fails the benchmark unless the connection's cache statistics say what it claims to measure.
     *
     * @param hits whether the connection must have been answered from the cache (else: never)
     */
    void requireCacheHits(String connection, boolean hits) {
        long counted = queryCache().statistics().stream().filter(s -> s.connection().equals(connection))
                .mapToLong(CacheStatistics::hits).sum();
        if (hits != counted > 0) {
            throw new IllegalStateException("'" + connection + "' had " + counted + " cache hits; the benchmark "
                    + "measured something else than it claims");
        }
    }

    /**
     * @param ttl the {@code ttl} in seconds; {@code 0} for none
     * @return the parameters of a shared connection to the emulator, as its default user, under this name
     */
    static Map<String, Object> emulatorParams(SnowflakeEmulator emulator, String name, int ttl) {
        Map<String, Object> params = new HashMap<>(Map.of("name", name, "url", emulator.jdbcUrl(), "account",
                SnowflakeEmulator.DEFAULT_ACCOUNT, "user", "bench", "password", "bench", "ssl", "off"));
        params.put("ttl", String.valueOf(ttl));
        params.put("cache.scope", "shared");
        return params;
    }

    /** A connection straight from H2's driver in the framework, bypassing st.connection: the baseline. */
    Connection rawH2(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        return service(DataSourceFactory.class).createDriver(null).connect(url, credentials);
    }

    private <S> S service(Class<S> type) {
        BundleContext context = framework.getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(TIMEOUT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("No " + type.getSimpleName() + " service within " + TIMEOUT_MILLIS
                        + " ms; see the log above");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(30));
        } catch (BundleException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(storage);
        }
    }

    /** @return {@code target/bundles} beside the benchmark jar (or its classes folder) */
    /**
     * @return the packages a bundle of ours exports, as its manifest says: the benchmarks use them
     *     from the class path, so the system bundle exports them at the versions the bundles import
     */
    private static String exportsOf(String bundle) throws IOException {
        try (JarFile jar = new JarFile(bundlesDirectory().resolve(bundle + ".jar").toFile())) {
            return jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        }
    }

    static Path bundlesDirectory() {
        return targetDirectory().resolve("bundles");
    }

    static Path targetDirectory() {
        try {
            Path location = Path.of(BenchmarkPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a port that was free on loopback a moment ago */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
