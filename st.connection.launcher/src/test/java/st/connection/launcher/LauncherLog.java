package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything a launcher logged: its log file, where SLF4J (the launcher, our bundles, Jetty), the
 * OSGi Log Service (forwarded to SLF4J), {@code java.util.logging} (where the Snowflake driver
 * logs; the JDK's console handler writes to standard error) and anything else printed to standard
 * error end up. A check for secrets first fails if a sink it expects left nothing in the file, so
 * that an empty or lost log cannot pass. (Standard output is the console, not a log: the launcher
 * announces the demo users' passwords there on purpose.)
 */
final class LauncherLog {

    private static final String FILE = "logs/st-connection.log";

    private final Path file;
    private final String text;

    private LauncherLog(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Reads the log of the launcher that ran in {@code home}. */
    static LauncherLog of(Path home) {
        Path file = home.resolve(FILE);
        assertThat(file).as("the launcher's log file").exists();
        try {
            return new LauncherLog(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text;
    }

    /**
     * Fails if the file lacks lines of SLF4J (our bundles), Jetty or the OSGi Log Service, or has one
     * of the secrets.
     */
    LauncherLog assertNoneContains(String... secrets) {
        assertThat(text).as("SLF4J lines of our bundles in %s", file).contains(" st.connection.");
        assertThat(text).as("Jetty's own lines in %s", file).contains(" org.eclipse.jetty.");
        assertThat(text).as("lines of the OSGi Log Service (Felix HTTP) in %s", file).contains(" org.apache.felix.http - ");
        assertThat(text).as("the log file %s", file).doesNotContain(secrets);
        return this;
    }

    /** Fails unless the Snowflake driver's {@code java.util.logging} records reached the file. */
    LauncherLog assertHasSnowflakeDriverLines() {
        assertThat(text).as("java.util.logging lines of the Snowflake driver in %s", file).contains("net.snowflake.client.");
        return this;
    }
}
