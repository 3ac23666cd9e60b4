package st.connection.itest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * SLF4J 2's simple logger as a fragment of the SLF4J 2 API bundle, made from the jar Maven copied
 * to target/bundles. The API finds its provider with {@link java.util.ServiceLoader} in its own
 * class loader, which a fragment's classes and {@code META-INF/services} join; so Jetty logs
 * without the Service Loader Mediator (SPI Fly), which breaks inside Pax Exam's native container.
 */
final class Slf4j2SimpleFragment {

    private Slf4j2SimpleFragment() {
    }

    /** @return the fragment's path, made once per build from {@code slf4j2-simple.jar} in the folder */
    static synchronized Path in(Path bundles) {
        Path fragment = bundles.resolve("slf4j2-simple-fragment.jar").toAbsolutePath();
        if (Files.exists(fragment)) {
            return fragment;
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "st.connection.itest.slf4j2.simple");
        main.putValue("Bundle-Version", "2.0.17");
        main.putValue("Fragment-Host", "slf4j.api;bundle-version=\"[2.0,3)\"");
        try {
            Path written = Files.createTempFile(bundles, "slf4j2-simple-fragment", ".jar");
            try (InputStream in = Files.newInputStream(bundles.resolve("slf4j2-simple.jar"));
                    JarInputStream simple = new JarInputStream(in);
                    OutputStream out = Files.newOutputStream(written);
                    JarOutputStream jar = new JarOutputStream(out, manifest)) {
                for (JarEntry entry = simple.getNextJarEntry(); entry != null; entry = simple.getNextJarEntry()) {
                    if (entry.isDirectory() || entry.getName().startsWith("META-INF/versions/")) {
                        continue;
                    }
                    jar.putNextEntry(new JarEntry(entry.getName()));
                    simple.transferTo(jar);
                    jar.closeEntry();
                }
            }
            Files.move(written, fragment, StandardCopyOption.REPLACE_EXISTING);
            return fragment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
