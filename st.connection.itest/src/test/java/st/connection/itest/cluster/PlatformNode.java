package st.connection.itest.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import st.connection.api.ConnectionService;
import st.connection.api.QueryCache;

/**
 * One node of the platform: a Felix framework of its own with SCR, Config Admin, core and the
 * example's {@code kv} connector and cache adapter (and the bundles a test adds, such as the
 * Snowflake connector), from {@code target/bundles}. The API, the
 * example's API and Config Admin's API come from the test's class path through the system
 * bundle, so the test calls the node's services with its own types; each node logs through its
 * own SLF4J simple logger.
 */
final class PlatformNode implements AutoCloseable {

    private static final List<String> BUNDLES = List.of("slf4j-api", "slf4j-simple", "org.osgi.util.function", "org.osgi.util.promise",
            "org.osgi.service.component", "org.apache.felix.scr", "org.apache.felix.configadmin", "org.osgi.service.jdbc", "h2",
            "st.connection.core", "st.connection.example", "st.connection.example.cache");
    private static final long TIMEOUT_MILLIS = 60_000;

    private final Framework framework;

    private PlatformNode(Framework framework) {
        this.framework = framework;
    }

    /** Starts a node whose query cache keeps shared results in the clustered tier at {@code clusterUri}. */
    static PlatformNode start(Path bundles, Path storage, String clusterUri) throws Exception {
        return start(bundles, storage, clusterUri, List.of());
    }

    /**
     * Starts a node whose query cache keeps shared results in the clustered tier at
     * {@code clusterUri}, with more bundles (file names in {@code bundles}, without {@code .jar}).
     */
    static PlatformNode start(Path bundles, Path storage, String clusterUri, List<String> more) throws Exception {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",",
                exportsOf(bundles, "st.connection.api"), exportsOf(bundles, "st.connection.example"),
                "org.osgi.service.cm;version=1.6.1"));
        properties.put("ds.loglevel", "warn");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(properties);
        framework.start();
        PlatformNode node = new PlatformNode(framework);
        try {
            List<Bundle> installed = new ArrayList<>();
            List<String> names = new ArrayList<>(BUNDLES);
            names.addAll(more);
            for (String name : names) {
                installed.add(framework.getBundleContext().installBundle(
                        bundles.resolve(name + ".jar").toUri().toString()));
            }
            for (Bundle bundle : installed) {
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    bundle.start();
                }
            }
            node.configureCluster(clusterUri, false);
            node.service(ConnectionService.class);
            return node;
        } catch (Exception | Error e) {
            node.close();
            throw e;
        }
    }

    /** (Re)configures the node's cache: the cluster's address, and whether persons' results are clustered too. */
    void configureCluster(String clusterUri, boolean sessions) throws IOException {
        Configuration cache = service(ConfigurationAdmin.class).getConfiguration("st.connection.cache", "?");
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("cluster.uri", clusterUri);
        settings.put("cluster.megabytes", 16L);
        settings.put("cluster.sessions", Boolean.toString(sessions));
        cache.update(settings);
    }

    ConnectionService connections() {
        return service(ConnectionService.class);
    }

    QueryCache queryCache() {
        return service(QueryCache.class);
    }

    private <S> S service(Class<S> type) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(framework.getBundleContext(), type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(TIMEOUT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("No " + type.getSimpleName() + " service within " + TIMEOUT_MILLIS
                        + " ms");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String exportsOf(Path bundles, String bundle) throws IOException {
        try (JarFile jar = new JarFile(bundles.resolve(bundle + ".jar").toFile())) {
            return jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        }
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(TimeUnit.SECONDS.toMillis(30));
    }

    static Path newStorage(Path parent, String name) throws IOException {
        return Files.createDirectories(parent.resolve(name));
    }
}
