package st.connection.itest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;

/**
 * A Gogo session whose standard output and error the test reads. Kept out of the test class,
 * which is loaded before Gogo is installed (see {@link ITestSupport#startWebBundles()}).
 */
final class GogoShell implements AutoCloseable {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandSession session;

    GogoShell() {
        session = ITestSupport.service(CommandProcessor.class).createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs a command line; standard output and error are those of this command only.
     *
     * @return what the command returned, as the shell would print it, or {@code ""}
     */
    String execute(String command) throws Exception {
        out.reset();
        err.reset();
        Object result = session.execute(command);
        return result == null ? "" : String.valueOf(result);
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String error() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        session.close();
    }
}
