package st.connection.snowflake.emulator.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults that apply to requests rather than to one session: refused logins, latency and a failing
 * next query. Thread safe; each fault is one atomic reference.
 */
public final class FaultInjector {
    private final AtomicReference<SnowflakeError> loginRefusal = new AtomicReference<>();
    private final AtomicReference<QueryFailure> nextQueryFailure = new AtomicReference<>();
    private final AtomicReference<Duration> latency = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Duration> executionDelay = new AtomicReference<>(Duration.ZERO);
    private final java.util.concurrent.atomic.AtomicInteger chunkFailures = new java.util.concurrent.atomic.AtomicInteger();

    /** The error the next query answers with, taken once. */
    record QueryFailure(int code, String sqlState, String message) {
    }

    public void refuseLogins(int code, String message) {
        loginRefusal.set(SnowflakeError.of(code, Objects.requireNonNull(message, "message")));
    }

    public void acceptLogins() {
        loginRefusal.set(null);
    }

    Optional<SnowflakeError> loginRefusal() {
        return Optional.ofNullable(loginRefusal.get());
    }

    public void failNextQuery(int code, String sqlState, String message) {
        nextQueryFailure.set(new QueryFailure(code, Objects.requireNonNull(sqlState, "sqlState"),
                Objects.requireNonNull(message, "message")));
    }

    Optional<QueryFailure> takeNextQueryFailure() {
        return Optional.ofNullable(nextQueryFailure.getAndSet(null));
    }

    public void setLatency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        latency.set(delay);
    }

    /** Holds the calling request thread for the configured latency. */
    void delay() throws InterruptedException {
        Duration delay = latency.get();
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        }
    }

    /** The next {@code count} chunk downloads answer HTTP 503. */
    public void failChunkDownloads(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        chunkFailures.set(count);
    }

    boolean takeChunkFailure() {
        return chunkFailures.getAndUpdate(n -> Math.max(n - 1, 0)) > 0;
    }

    /** Every statement runs at least this long, so that a test sees it running. */
    public void setExecutionDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("execution delay must not be negative: " + delay);
        }
        executionDelay.set(delay);
    }

    void delayExecution() throws InterruptedException {
        Duration delay = executionDelay.get();
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }

    public void reset() {
        acceptLogins();
        nextQueryFailure.set(null);
        latency.set(Duration.ZERO);
        executionDelay.set(Duration.ZERO);
        chunkFailures.set(0);
    }
}
