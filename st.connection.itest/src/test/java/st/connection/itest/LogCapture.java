package st.connection.itest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.osgi.framework.Bundle;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogReaderService;

/**
 * Everything the framework of one test class logged, from every sink it has: SLF4J 1.7 (our
 * bundles, the emulator, Snowpark), SLF4J 2 (Jetty, through a provider attached to its API),
 * {@code java.util.logging} (where the Snowflake driver logs, at FINE and above), the OSGi Log
 * Service (the framework's events, SCR, Felix HTTP, Config Admin) and whatever is printed to
 * standard error. The first four write to standard error, which {@link #routeInto} sends to the
 * test class's log file; the OSGi Log Service keeps its whole history in memory and is read from
 * there.
 *
 * <p>{@link #assertNoneContains} fails when a sink that must have logged something is empty, so a
 * capture that silently lost a sink cannot pass a check for secrets.
 */
final class LogCapture {

    /** Marks the lines of {@code java.util.logging} records in the log file. */
    static final String JUL_MARK = "[JUL] ";

    private static final List<Logger> KEPT_LEVELS = new ArrayList<>();
    private static volatile PrintStream current;

    private final Path file;
    private final String stderr;
    private final List<String> osgiLog;

    private LogCapture(Path file, String stderr, List<String> osgiLog) {
        this.file = file;
        this.stderr = stderr;
        this.osgiLog = osgiLog;
    }

    /**
     * Runs where Pax Exam reads the configuration, in the JVM that then runs the framework: sends
     * standard error (where both SLF4J simple loggers write) to the file, from now until the next
     * test class, and {@code java.util.logging} records there too.
     */
    static synchronized void routeInto(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            PrintStream previous = current;
            current = new PrintStream(new FileOutputStream(logFile.toFile()), true, StandardCharsets.UTF_8);
            System.setErr(current);
            if (previous != null) {
                previous.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (KEPT_LEVELS.isEmpty()) {
            Logger root = Logger.getLogger("");
            root.addHandler(new StandardErrorHandler());
            Logger driver = Logger.getLogger("net.snowflake");
            driver.setLevel(Level.FINE);
            KEPT_LEVELS.add(driver);        // loggers are held weakly: without this the level is lost
        }
    }

    /** Reads every sink as it is now; runs inside the framework. */
    static LogCapture of(Class<?> testClass) {
        Path file = Path.of(System.getProperty("logs.dir", "target/logs"), testClass.getSimpleName() + ".log");
        String stderr;
        try {
            stderr = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> osgiLog = new ArrayList<>();
        for (LogEntry entry : Collections.list(ITestSupport.service(LogReaderService.class).getLog())) {
            osgiLog.add(format(entry));
        }
        return new LogCapture(file, stderr, osgiLog);
    }

    /** @return the log file's text: SLF4J, Jetty, java.util.logging and standard error */
    String text() {
        return stderr;
    }

    /**
     * Fails if any sink has one of the values, or if a sink that must have logged is empty: SLF4J
     * and the OSGi Log Service always, Jetty when it runs, java.util.logging when the Snowflake
     * connector (the driver) is active.
     */
    void assertNoneContains(String... secrets) {
        Map<String, List<String>> sinks = sinks();
        for (Map.Entry<String, List<String>> sink : sinks.entrySet()) {
            if (isExpected(sink.getKey()) && sink.getValue().isEmpty()) {
                fail("the " + sink.getKey() + " capture is empty (" + file + "): a check for secrets in it would prove nothing");
            }
        }
        for (String secret : secrets) {
            assertTrue("a secret to look for", secret != null && !secret.isEmpty());
            for (Map.Entry<String, List<String>> sink : sinks.entrySet()) {
                for (String line : sink.getValue()) {
                    assertFalse("a secret in the " + sink.getKey() + " log: " + line, line.contains(secret));
                }
            }
            assertFalse("a secret in the log file " + file, stderr.contains(secret));
            assertFalse("a secret in the OSGi log", String.join("\n", osgiLog).contains(secret));
        }
    }

    /** The lines of each sink; standard error keeps every line, whatever wrote it. */
    private Map<String, List<String>> sinks() {
        Map<String, List<String>> sinks = new LinkedHashMap<>();
        List<String> lines = Arrays.asList(stderr.split("\n"));
        sinks.put("SLF4J", lines.stream().filter(l -> l.contains(" st.connection.")).toList());
        sinks.put("Jetty", lines.stream().filter(l -> l.contains(" org.eclipse.jetty.")).toList());
        sinks.put("java.util.logging", lines.stream().filter(l -> l.startsWith(JUL_MARK)).toList());
        sinks.put("OSGi Log Service", osgiLog);
        sinks.put("standard error", lines);
        return sinks;
    }

    private static boolean isExpected(String sink) {
        return switch (sink) {
            case "Jetty" -> isActive("org.apache.felix.http.jetty12");
            case "java.util.logging" -> isActive("st.connection.snowflake");
            default -> true;
        };
    }

    private static boolean isActive(String symbolicName) {
        return Arrays.stream(ITestSupport.context().getBundles())
                .anyMatch(b -> symbolicName.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE);
    }

    private static String format(LogEntry entry) {
        StringBuilder text = new StringBuilder().append(entry.getLogLevel()).append(' ')
                .append(entry.getBundle() == null ? "-" : entry.getBundle().getSymbolicName()).append(' ')
                .append(entry.getLoggerName()).append(" - ").append(entry.getMessage());
        if (entry.getServiceReference() != null) {
            text.append(' ').append(entry.getServiceReference());
        }
        if (entry.getException() != null) {
            StringWriter trace = new StringWriter();
            entry.getException().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        return text.toString();
    }

    /** Writes each record to standard error as it is at that moment: the file of the running test class. */
    private static final class StandardErrorHandler extends Handler {

        private final Formatter formatter = new SimpleFormatter();

        StandardErrorHandler() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            StringBuilder line = new StringBuilder(JUL_MARK).append(record.getLevel()).append(' ')
                    .append(record.getLoggerName()).append(" - ").append(formatter.formatMessage(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            System.err.println(line);
        }

        @Override
        public void flush() {
            System.err.flush();
        }

        @Override
        public void close() {
            // standard error stays open
        }
    }
}
