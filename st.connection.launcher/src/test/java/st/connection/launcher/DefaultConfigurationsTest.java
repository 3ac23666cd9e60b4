package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultConfigurationsTest {

    @TempDir
    Path home;

    @Test
    void writesTheDemoConnectionTheH2LoginFormAndTheDemoGateAsFactoryConfigurations() throws IOException {
        DefaultConfigurations.writeIfAbsent(home);

        Properties demo = read("load/st.connection.singleton-demo.cfg");
        assertThat(demo).containsEntry("connector", "jdbc").containsEntry("name", "demo")
                .containsEntry("url", "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1")
                .containsEntry("user", "sa").containsEntry("password", "$[secret:demo-db]");
        assertThat(home.resolve("secrets/demo-db")).hasContent("");
        assertThat(Files.getPosixFilePermissions(home.resolve("secrets")))
                .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(home.resolve("secrets/demo-db")))
                .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rw-------"));
        assertThat(read("load/org.apache.felix.hc.core.impl.servlet.HealthCheckExecutorServlet-health.cfg"))
                .containsEntry("servletPath", "/system/health");
        Properties login = read("load/st.connection.login-h2.cfg");
        assertThat(login).containsEntry("name", "h2").containsEntry("connector", "jdbc")
                .containsEntry("title", "H2 demo database")
                .containsEntry("description", "For the demo application /demo: log in as alice (password wonderland) "
                        + "or bob (password builder).")
                .containsEntry("fields", "user,password:secret").containsEntry("options", "url=jdbc:h2:mem:demo");
        assertThat(read("load/st.connection.gate-demo.cfg")).containsEntry("patterns", "/demo,/demo/*")
                .containsEntry("form", "h2");
    }

    @Test
    void keepsAFileThePersonEdited() throws IOException {
        Path demo = Files.createDirectories(home.resolve("load")).resolve("st.connection.singleton-demo.cfg");
        Files.writeString(demo, "connector=jdbc\nname=demo\nurl=jdbc:h2:./data/demo\n");

        DefaultConfigurations.writeIfAbsent(home);

        assertThat(demo).hasContent("connector=jdbc\nname=demo\nurl=jdbc:h2:./data/demo\n");
        assertThat(home.resolve("load/st.connection.login-h2.cfg")).exists();
    }

    private Properties read(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(home.resolve(file), StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return properties;
    }
}
