package st.connection.itest;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import st.connection.api.ConnectionService;
import st.connection.api.ManagedConnection;

/**
 * README's bundle scope: shared connections a bundle created with {@code singleton(...)} are closed
 * when that bundle stops, once no other bundle holds them. Two bundles of their own (a manifest and
 * nothing else) use {@link ConnectionService} through their own contexts, as any application bundle
 * does; the sessions are counted at the database.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BundleScopeIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:bundle-scope;DB_CLOSE_DELAY=-1";

    @Configuration
    public Option[] config() {
        return frameworkFor(BundleScopeIT.class);
    }

    @Test
    public void aSharedConnectionIsClosedWhenTheLastBundleThatCreatedItStops() throws Exception {
        try (Connection observer = createDatabase(URL)) {
            int before = sessionCount(observer);
            Bundle first = applicationBundle("first");
            Bundle second = applicationBundle("second");
            Map<String, String> params = Map.of("name", "bundle-scope", "url", URL, "user", "sa",
                    "password", ADMIN_PASSWORD);

            ManagedConnection<Connection> ofFirst = jdbc(connectionsOf(first).singleton("jdbc", params));
            ManagedConnection<Connection> ofSecond = jdbc(connectionsOf(second).singleton("jdbc", params));
            assertEquals(1, queryInt(ofFirst.get(), "SELECT COUNT(*) FROM ITEMS WHERE ID = 1"));
            assertEquals("both bundles share one session", before + 1, sessionCount(observer));

            first.stop();
            assertEquals("the second bundle still holds it", before + 1, sessionCount(observer));
            assertEquals(3, queryInt(ofSecond.get(), "SELECT COUNT(*) FROM ITEMS"));

            second.stop();
            await("the session is closed once no bundle holds the connection",
                    () -> sessionCountOrMinusOne(observer) == before);

            first.uninstall();
            second.uninstall();
        }
    }

    @Test
    public void aBundleThatStopsClosesItsOwnConnectionsAndNoOneElses() throws Exception {
        try (Connection observer = createDatabase(URL)) {
            int before = sessionCount(observer);
            Bundle leaving = applicationBundle("leaving");
            ManagedConnection<Connection> kept = jdbc(connections().singleton("jdbc", Map.of("name", "kept",
                    "url", URL, "user", "sa", "password", ADMIN_PASSWORD)));
            kept.get();
            jdbc(connectionsOf(leaving).singleton("jdbc", Map.of("name", "leaving-a", "url", URL, "user", "sa",
                    "password", ADMIN_PASSWORD))).get();
            // alice may not set DB_CLOSE_DELAY; the database is open (the observer holds it)
            jdbc(connectionsOf(leaving).singleton("jdbc", Map.of("name", "leaving-b", "url", "jdbc:h2:mem:bundle-scope",
                    "user", "alice", "password", ALICE_PASSWORD))).get();
            assertEquals(before + 3, sessionCount(observer));

            leaving.stop();
            await("the leaving bundle's two sessions are closed", () -> sessionCountOrMinusOne(observer) == before + 1);
            assertEquals("the test's own connection is open and unchanged", 3,
                    queryInt(kept.get(), "SELECT COUNT(*) FROM ITEMS"));
            assertEquals(before + 1, sessionCount(observer));

            leaving.uninstall();
            connections().release(kept);
        }
    }

    /** @return the {@link ConnectionService} as this bundle sees it: its own bundle-scoped instance */
    private static ConnectionService connectionsOf(Bundle bundle) {
        BundleContext context = bundle.getBundleContext();
        ServiceReference<ConnectionService> reference = context.getServiceReference(ConnectionService.class);
        return context.getService(reference);
    }

    private static int sessionCountOrMinusOne(Connection observer) {
        try {
            return sessionCount(observer);
        } catch (Exception e) {
            return -1;
        }
    }

    /** Installs and starts a bundle that only imports the API, as an application bundle would. */
    private static Bundle applicationBundle(String name) throws Exception {
        Path jar = Files.createTempFile(Path.of(System.getProperty("bundles.dir", "target/bundles")).getParent(),
                "application-" + name, ".jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "st.connection.itest.application." + name);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "st.connection.api");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream written = new JarOutputStream(out, manifest)) {
            written.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Bundle bundle = context().installBundle(jar.toUri().toString());
        bundle.start();
        Files.delete(jar);
        return bundle;
    }
}
