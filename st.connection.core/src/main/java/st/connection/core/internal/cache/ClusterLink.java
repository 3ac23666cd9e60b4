package st.connection.core.internal.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConfigurationProblem;
import st.connection.core.internal.config.ConfigurationProblems;

/**
 * This node's link to the clustered tier: connected on first use, and while the server cannot be
 * reached, {@link #tier()} answers {@code null} (callers then cache nothing shared) and one
 * thread retries every {@link #RETRY}. One WARN per outage, one INFO when it ends.
 *
 * <p>What the tier holds cannot be proven current after a time without it (a write on this or
 * another node may not have advanced its data source's generation), so a connection made after
 * an outage, or after a write made before the first connection, first clears the tier.
 *
 * <p>While the server cannot be reached, the outage is a configuration problem of
 * {@code st.connection.cache}: the configuration health check is WARN and the console lists it.
 *
 * <p>Thread safe; {@link #close()} stops the retrying thread.
 */
final class ClusterLink implements AutoCloseable {

    static final Duration RETRY = Duration.ofSeconds(2);
    /** Where the link reports an outage among the configuration problems. */
    private static final String OUTAGE = "st.connection.cache cluster link";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLink.class);

    private final ClusterSettings settings;
    private final ConfigurationProblems problems;
    private final ScheduledExecutorService retries;
    private volatile ClusterTier tier;
    /** Guarded by {@code this}: whether the next connection must clear the tier. */
    private boolean unproven;
    /** Whether a connection was tried (the first is made by a caller, the others by the retrying thread). */
    private volatile boolean tried;
    /** Guarded by {@code this}. */
    private boolean retrying;
    private boolean closed;
    private boolean warned;

    ClusterLink(ClusterSettings settings, ConfigurationProblems problems) {
        this.settings = settings;
        this.problems = problems;
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "st.connection cluster link " + settings.uri());
            thread.setDaemon(true);
            return thread;
        });
    }

    ClusterSettings settings() {
        return settings;
    }

    /** @return the tier, connecting now if this is its first use; {@code null} while unreachable */
    ClusterTier tier() {
        ClusterTier current = tier;
        if (current != null || tried) {
            return current;
        }
        synchronized (this) {
            if (!tried && !closed) {
                tried = true;
                connect();
            }
            return tier;
        }
    }

    /** @return whether the tier is connected now (without trying to connect) */
    boolean isConnected() {
        return tier != null;
    }

    /** An operation on the tier failed: without it until a retry connects again. */
    void failed(ClusterTier failed, ClusterUnavailable failure) {
        synchronized (this) {
            if (tier != failed) {
                return;
            }
            tier = null;
            unproven = true;
            warn(failure);
            scheduleRetry();
        }
        try {
            retries.execute(failed::close);
        } catch (RejectedExecutionException closing) {
            failed.close();
        }
    }

    /** A write could not reach the tier: the next connection drops what it holds. */
    synchronized void wroteWithoutTier() {
        unproven = true;
        if (!tried) {
            tried = true;
            scheduleRetry();
        }
    }

    /** Guarded by {@code this}. */
    private void connect() {
        ClusterTier connected;
        try {
            connected = ClusterTier.connect(settings);
            if (unproven) {
                connected.clear();
            }
        } catch (ClusterUnavailable e) {
            unproven = true;
            warn(e);
            scheduleRetry();
            return;
        }
        boolean afterOutage = warned;
        tier = connected;
        unproven = false;
        warned = false;
        problems.clear(OUTAGE);
        if (afterOutage) {
            LOG.info("The clustered result cache at {} is reachable again; what it held before was dropped",
                    settings.uri());
        } else {
            LOG.info("Shared results are cached in the clustered tier at {}", settings.uri());
        }
    }

    /** Guarded by {@code this}. */
    private void warn(ClusterUnavailable failure) {
        if (!warned) {
            warned = true;
            LOG.warn("The clustered result cache at {} cannot be reached ({}); shared results are served uncached "
                    + "until it can, retrying every {} s", settings.uri(), failure.getMessage(), RETRY.toSeconds());
            problems.report(OUTAGE, List.of(new ConfigurationProblem(ResultCache.PID, ClusterSettings.URI_KEY,
                    settings.uri().toString(), "a Terracotta server that answers there; until one does, shared results "
                    + "are read from their data sources, and the link tries again every " + RETRY.toSeconds() + " s")));
        }
    }

    /** Guarded by {@code this}. */
    private void scheduleRetry() {
        if (retrying || closed) {
            return;
        }
        retrying = true;
        retries.schedule(this::retry, RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void retry() {
        retrying = false;
        if (closed || tier != null) {
            return;
        }
        connect();
    }

    @Override
    public void close() {
        ClusterTier open;
        synchronized (this) {
            closed = true;
            open = tier;
            tier = null;
        }
        retries.shutdownNow();
        problems.clear(OUTAGE);
        if (open != null) {
            open.close();
        }
    }
}
