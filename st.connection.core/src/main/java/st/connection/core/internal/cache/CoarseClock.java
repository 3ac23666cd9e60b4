package st.connection.core.internal.cache;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The time in milliseconds, read from a field a daemon thread refreshes every few milliseconds:
 * a cache hit checks its result's expiry with one volatile read instead of a clock call, which
 * costs about as much as the rest of a hit on a virtual machine. Expiry is then late by at most
 * {@value #TICK_MILLIS} ms, next to time-to-live values of seconds.
 */
final class CoarseClock implements AutoCloseable {

    static final long TICK_MILLIS = 5;

    private final ScheduledExecutorService ticker;
    private volatile long millis = System.currentTimeMillis();

    CoarseClock() {
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "st.connection cache clock");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> millis = System.currentTimeMillis(), TICK_MILLIS, TICK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    long millis() {
        return millis;
    }

    /** Runs the task on the clock's thread at this period, until the clock is closed; it must be short. */
    void every(Duration period, Runnable task) {
        ticker.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
