package st.connection.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Tells when the platform can be used: the HTTP runtime is up (an event, through a service
 * tracker), and the Web Console answers on its address (an HTTP probe, since the console
 * registers its servlet with the whiteboard and only a request proves it is served).
 *
 * <p>The probe sends no credentials: any answer but 404 (nothing registered at that path yet)
 * or a server error, including 401, means the console's servlet context handled the request.
 */
final class ReadinessProbe {

    static final String HTTP_RUNTIME = "(objectClass=org.osgi.service.servlet.runtime.HttpServiceRuntime)";

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(10);

    private final BundleContext context;

    ReadinessProbe(BundleContext context) {
        this.context = context;
    }

    /** @return whether the console answered at {@code consoleUrl} before the deadline */
    boolean awaitConsole(URI consoleUrl, long deadlineNanos) throws InterruptedException {
        if (!awaitService(HTTP_RUNTIME, deadlineNanos)) {
            return false;
        }
        while (System.nanoTime() < deadlineNanos) {
            if (isServed(consoleUrl)) {
                return true;
            }
            Thread.sleep(PROBE_INTERVAL.toMillis());
        }
        return false;
    }

    /**
     * Waits for a service and gets it, which for a DS component means waiting for its activation.
     *
     * @return whether a service matching {@code filter} was registered and could be got before the deadline
     */
    boolean awaitService(String filter, long deadlineNanos) throws InterruptedException {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Bad service filter " + filter, e);
        }
        tracker.open(true);
        try {
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            return tracker.getService() != null || (remaining > 0 && tracker.waitForService(remaining) != null);
        } finally {
            tracker.close();
        }
    }

    private static boolean isServed(URI url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                int status = connection.getResponseCode();
                return status != HttpURLConnection.HTTP_NOT_FOUND && status < 500;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYetListening) {
            return false;
        }
    }
}
