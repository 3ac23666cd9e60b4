package st.connection.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the bundles embedded in the launcher under {@code bundles/} in the order of their
 * file names (the build prefixes each with a number) and starts them. A bundle that fails to
 * start is logged and left installed, so the console can show why.
 */
final class BundleInstaller {

    static final String BUNDLES = "bundles/";

    private static final Logger LOG = LoggerFactory.getLogger(BundleInstaller.class);

    private final BundleContext context;

    BundleInstaller(BundleContext context) {
        this.context = context;
    }

    /** @return the installed bundles, in start order */
    List<Bundle> installEmbedded() throws IOException, BundleException {
        Path source = launcherLocation();
        List<Bundle> bundles = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source.resolve(BUNDLES))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        bundles.add(install(BUNDLES + file.getFileName(), in));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                for (JarEntry entry : embeddedBundles(jar)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        bundles.add(install(entry.getName(), in));
                    }
                }
            }
        }
        return bundles;
    }

    /**
     * Resolves all bundles in one pass, then starts every bundle that is not a fragment, in the
     * background on as many threads as there are processors (at least two), so that a slow
     * activator (Jetty's takes most of the start time) does not hold up the others. Bundles are
     * handed to the threads in file name order.
     *
     * @return completes when every start has returned, whether it succeeded or not
     */
    CompletableFuture<Void> start(List<Bundle> bundles) {
        context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).resolveBundles(bundles);
        ExecutorService starters = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                task -> new Thread(task, "st.connection bundle start"));
        CompletableFuture<?>[] starts = bundles.stream()
                .filter(bundle -> bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .map(bundle -> CompletableFuture.runAsync(() -> startQuietly(bundle), starters))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(starts).whenComplete((done, failure) -> starters.shutdown());
    }

    private static void startQuietly(Bundle bundle) {
        try {
            long begin = System.nanoTime();
            bundle.start();
            LOG.debug("Started {} in {} ms", bundle.getSymbolicName(), (System.nanoTime() - begin) / 1_000_000);
        } catch (BundleException | RuntimeException e) {
            LOG.error("Bundle {} {} did not start: {}", bundle.getSymbolicName(), bundle.getVersion(), e.getMessage(), e);
        }
    }

    private Bundle install(String name, InputStream in) throws BundleException {
        return context.installBundle("launcher:" + name, in);
    }

    private static List<JarEntry> embeddedBundles(JarFile jar) {
        List<JarEntry> entries = new ArrayList<>();
        for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements();) {
            JarEntry entry = all.nextElement();
            String name = entry.getName();
            if (name.startsWith(BUNDLES) && name.endsWith(".jar") && name.indexOf('/', BUNDLES.length()) < 0) {
                entries.add(entry);
            }
        }
        entries.sort((a, b) -> a.getName().compareTo(b.getName()));
        return entries;
    }

    /** @return the launcher's jar, or its classes folder when run from the build */
    private static Path launcherLocation() throws IOException {
        try {
            return Path.of(BundleInstaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot locate the launcher's jar", e);
        }
    }
}
