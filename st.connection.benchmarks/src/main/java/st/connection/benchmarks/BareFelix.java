package st.connection.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The launcher's baseline: Felix with SCR, the HTTP service (Jetty 12) and the Web Console, the
 * same versions as the launcher's, started the plain way (install every bundle, then start them in
 * order) and nothing else. Run as {@code BareFelix <bundle folder> <storage folder> <port>}; it
 * runs until killed.
 */
public final class BareFelix {

    private BareFelix() {
    }

    public static void main(String[] args) throws Exception {
        Path bundles = Path.of(args[0]);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, args[1],
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", "org.slf4j;version=2.0.17",
                        "org.slf4j;version=1.7.36", "org.slf4j.event;version=2.0.17", "org.slf4j.helpers;version=2.0.17",
                        "org.slf4j.helpers;version=1.7.36", "org.slf4j.spi;version=2.0.17",
                        "org.osgi.service.log;version=1.5.0"),
                "org.osgi.service.http.host", "127.0.0.1",
                "org.apache.felix.http.host", "127.0.0.1",
                "org.osgi.service.http.port", args[2]));
        framework.start();
        List<Bundle> installed = new ArrayList<>();
        try (Stream<Path> files = Files.list(bundles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                installed.add(framework.getBundleContext().installBundle(file.toUri().toString()));
            }
        }
        for (Bundle bundle : installed) {
            bundle.start();
        }
        framework.waitForStop(0);
    }
}
