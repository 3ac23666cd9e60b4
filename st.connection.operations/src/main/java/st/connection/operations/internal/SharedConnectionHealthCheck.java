package st.connection.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;

import st.connection.api.ConnectionException;
import st.connection.api.ManagedConnection;

/**
 * The health of one shared connection, found by asking for it as a caller would
 * ({@link ManagedConnection#get()}, which opens or reopens it when needed): CRITICAL when it cannot
 * be opened, WARN when it answered slowly or was reopened recently, else OK. Its messages are the
 * platform's sentences, which name no secret.
 */
final class SharedConnectionHealthCheck implements HealthCheck {

    /** The thresholds, read on every run so that a new configuration applies at once. */
    record Thresholds(Duration slow, Duration reopenedRecently) {
    }

    private final String name;
    private final Supplier<Optional<ManagedConnection<?>>> connection;
    private final ConnectionCounts counts;
    private final Supplier<Thresholds> thresholds;
    private final Clock clock;

    SharedConnectionHealthCheck(String name, Supplier<Optional<ManagedConnection<?>>> connection,
            ConnectionCounts counts, Supplier<Thresholds> thresholds, Clock clock) {
        this.name = name;
        this.connection = connection;
        this.counts = counts;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        Optional<ManagedConnection<?>> found = connection.get();
        if (found.isEmpty()) {
            log.info("The shared connection '{}' is not configured any more.", name);
            return new Result(log);
        }
        Thresholds limits = thresholds.get();
        long started = System.nanoTime();
        try {
            found.get().get();
        } catch (ConnectionException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("'" + name + "'")) {
                log.critical("{}", message);
            } else {
                log.critical("The shared connection '{}' cannot be opened: {}", name, message);
            }
            return new Result(log);
        } catch (RuntimeException e) {
            log.critical("The shared connection '{}' cannot be opened ({}); the server log says why.", name,
                    e.getClass().getSimpleName());
            return new Result(log);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (took.compareTo(limits.slow()) > 0) {
            log.warn("The shared connection '{}' took {} ms to answer, more than {} ms.", name, took.toMillis(),
                    limits.slow().toMillis());
        }
        Instant reopenedAt = counts.lastReopenedAt();
        if (reopenedAt != null && reopenedAt.isAfter(clock.instant().minus(limits.reopenedRecently()))) {
            log.warn("The shared connection '{}' was reopened at {} ({}); it has been reopened {} times.", name,
                    reopenedAt, counts.lastReopenReason(), counts.reopens());
        }
        log.info("The shared connection '{}' is open since {}.", name, found.get().status().openedAt());
        return new Result(log);
    }
}
