package st.connection.launcher;

import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sun.misc.Signal;

/**
 * Stops the framework when the person presses Ctrl-C (SIGINT) or the process is asked to end
 * (SIGTERM), so that DS deactivates every component and every connection is closed. Handling
 * the signals, rather than only adding a shutdown hook, lets the launcher end with status 0
 * after an orderly stop; a second signal while stopping ends the process at once.
 *
 * <p>A shutdown hook covers the other ways out of the JVM (System.exit, SIGHUP).
 */
final class SignalShutdown {

    static final long STOP_TIMEOUT_MS = 30_000;

    private static final Logger LOG = LoggerFactory.getLogger(SignalShutdown.class);

    private final Framework framework;
    private volatile boolean stopping;

    SignalShutdown(Framework framework) {
        this.framework = framework;
    }

    void install() {
        Signal.handle(new Signal("INT"), this::onSignal);
        Signal.handle(new Signal("TERM"), this::onSignal);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAndWait, "st.connection shutdown"));
    }

    private void onSignal(Signal signal) {
        if (stopping) {
            LOG.warn("SIG{} again while stopping: exiting now", signal.getName());
            Runtime.getRuntime().halt(128 + signal.getNumber());
        }
        LOG.info("SIG{} received: stopping", signal.getName());
        stop();
    }

    private void stopAndWait() {
        stop();
        try {
            framework.waitForStop(STOP_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        stopping = true;
        try {
            framework.stop();
        } catch (BundleException e) {
            LOG.error("The framework did not stop cleanly", e);
        }
    }
}
