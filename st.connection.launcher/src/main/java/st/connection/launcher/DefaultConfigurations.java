package st.connection.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the demo configurations into {@code load/} when they are absent, where FileInstall
 * applies them. A file the person edited is never overwritten.
 *
 * <p>FileInstall 3.7.4 names factory configurations {@code <factoryPid>-<name>.cfg}: it splits the
 * file name at the first {@code -} and creates the named factory configuration
 * {@code <factoryPid>~<name>}. A {@code ~} in the file name is not understood by that version.
 */
final class DefaultConfigurations {

    static final String LOAD_DIRECTORY = "load";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultConfigurations.class);

    private static final Map<String, String> FILES = Map.of(
            "st.connection.singleton-demo.cfg", """
                    # The shared connection "demo" to the launcher's in-memory H2 database.
                    # Written by the launcher because it was absent; edit it, or delete it to get it back.
                    connector=jdbc
                    name=demo
                    url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1
                    user=sa
                    # A reference, resolved from the file secrets/demo-db when the configuration is applied:
                    # no password is written here (the in-memory demo database's is empty).
                    password=$[secret:demo-db]
                    """,
            "org.apache.felix.hc.core.impl.servlet.HealthCheckExecutorServlet-health.cfg", """
                    # The health checks for monitoring: http://HOST:PORT/system/health (?tags=st.connection&format=json).
                    # Written by the launcher because it was absent; edit it, or delete it to get it back.
                    servletPath=/system/health
                    """,
            "st.connection.login-h2.cfg", """
                    # A login form for the H2 demo database: try alice/wonderland or bob/builder.
                    # Written by the launcher because it was absent; edit it, or delete it to get it back.
                    # The URL is a fixed option, not a field: people who log in choose only who they are.
                    name=h2
                    connector=jdbc
                    title=H2 demo database
                    description=For the demo application /demo: log in as alice (password wonderland) or bob (password builder).
                    fields=user,password:secret
                    options=url=jdbc:h2:mem:demo
                    """,
            "st.connection.gate-demo.cfg", """
                    # The demo application /demo needs a connection through the login form "h2": without one,
                    # people are sent to /login and come back after logging in.
                    # Written by the launcher because it was absent; edit it, or delete it to get it back.
                    patterns=/demo,/demo/*
                    form=h2
                    """);

    private DefaultConfigurations() {
    }

    static void writeIfAbsent(Path home) throws IOException {
        SecretsDirectory.writeIfAbsent(home, "demo-db", "");
        Path load = Files.createDirectories(home.resolve(LOAD_DIRECTORY));
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path target = load.resolve(file.getKey());
            try {
                Files.writeString(target, file.getValue(), StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE_NEW);
                LOG.info("Wrote default configuration {}", home.relativize(target));
            } catch (FileAlreadyExistsException kept) {
                LOG.debug("Keeping existing configuration {}", target);
            }
        }
    }
}
