package st.connection.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Sets up logging before anything logs: SLF4J Simple writes to standard error, and standard error
 * is copied to {@code logs/st-connection.log}. The launcher and every bundle log through the one
 * SLF4J on the class path, and anything else written to standard error (the framework's own
 * messages, stack traces printed by a bundle) reaches the file too.
 *
 * <p>Why SLF4J Simple and a tee rather than Logback: it starts in ~35 ms where Logback takes
 * 150-400 ms on this machine, which matters for a launcher that must be ready in under two
 * seconds. Levels can be changed with the usual {@code -Dorg.slf4j.simpleLogger.*} properties;
 * the ones set here are only defaults.
 *
 * <p>The file is appended to; a file over {@value #ROTATE_AT_BYTES} bytes is moved to
 * {@code st-connection.1.log} at start.
 */
final class ConsoleAndFileLogging {

    static final String LOG_FILE = "logs/st-connection.log";
    static final long ROTATE_AT_BYTES = 10L * 1024 * 1024;

    private static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.";

    private ConsoleAndFileLogging() {
    }

    /** Must run before the first call to SLF4J. */
    static void start(Path home) throws IOException {
        Path file = home.resolve(LOG_FILE);
        Files.createDirectories(file.getParent());
        if (Files.isRegularFile(file) && Files.size(file) > ROTATE_AT_BYTES) {
            Files.move(file, file.resolveSibling("st-connection.1.log"), StandardCopyOption.REPLACE_EXISTING);
        }
        OutputStream log = new FileOutputStream(file.toFile(), true);
        System.setErr(new PrintStream(new Tee(System.err, log), true, StandardCharsets.UTF_8));

        defaultTo("logFile", "System.err");
        defaultTo("defaultLogLevel", "info");
        defaultTo("showDateTime", "true");
        defaultTo("dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        defaultTo("showThreadName", "true");
        defaultTo("log.org.eclipse.jetty", "info");
    }

    private static void defaultTo(String key, String value) {
        if (System.getProperty(SIMPLE_LOGGER + key) == null) {
            System.setProperty(SIMPLE_LOGGER + key, value);
        }
    }

    /** Writes every byte to both streams; a failing log file does not silence the console. */
    private static final class Tee extends OutputStream {

        private final OutputStream console;
        private final OutputStream file;

        Tee(OutputStream console, OutputStream file) {
            this.console = console;
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            file.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            file.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            console.flush();
            file.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                file.close();
            } finally {
                console.flush();
            }
        }
    }
}
