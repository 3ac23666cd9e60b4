package st.connection.launcher.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import jakarta.servlet.Servlet;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import st.connection.api.ConnectionService;

/**
 * A bundle for tests that run the launcher as a process: it serves {@link SharedQueryServlet} at
 * {@value #PATH}. {@link #writeBundle} packs it from the test classes into a jar for {@code load/}.
 */
public final class SharedQueryProbe implements BundleActivator {

    public static final String PATH = "/test/shared-query";

    private ServiceTracker<ConnectionService, ConnectionService> connections;
    private ServiceRegistration<Servlet> servlet;

    @Override
    public void start(BundleContext context) {
        connections = new ServiceTracker<>(context, ConnectionService.class, null);
        connections.open();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", PATH);
        servlet = context.registerService(Servlet.class, new SharedQueryServlet(connections), properties);
    }

    @Override
    public void stop(BundleContext context) {
        servlet.unregister();
        connections.close();
    }

    /** Writes this bundle (its two classes and a manifest) to {@code jar}. */
    public static void writeBundle(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "st.connection.launcher.test.shared-query");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", SharedQueryProbe.class.getName());
        main.putValue("Import-Package", "jakarta.servlet;version=\"[5,7)\",jakarta.servlet.http;version=\"[5,7)\","
                + "org.osgi.framework,org.osgi.util.tracker,st.connection.api");
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : List.of(SharedQueryProbe.class, SharedQueryServlet.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(bytesOf(type, entry));
                out.closeEntry();
            }
        }
    }

    private static byte[] bytesOf(Class<?> type, String entry) throws IOException {
        try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        }
    }
}
