package st.connection.ui.internal.throttle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed logins counted per key (a user name of a form, a client address), and the wait they
 * impose: the first {@code free} failures of a key cost nothing, each one after them doubles the
 * wait before the key may try again, from {@code firstDelay} up to {@code maxDelay}. A key's
 * failures are forgotten after {@code forgetAfter} without one; a success forgets them if asked to.
 *
 * <p>An attempt is counted from its start, not its end: while attempts are running, a key may not
 * start more than its free failures left, and once they are used up only one at a time. So a burst
 * of parallel attempts reaches the data source no more often than a sequence would.
 *
 * <p><b>Threading.</b> Thread safe: one lock guards all counts; each call is a few map operations.
 */
final class FailedLogins {

    /** Keys beyond this are refused rather than counted: memory stays bounded under a spray of names. */
    static final int MAX_KEYS = 100_000;

    private final LongSupplier nanoTime;
    private final Map<String, Count> counts = new HashMap<>();
    private volatile ThrottleSettings settings;

    private static final class Count {
        int failures;
        int running;
        long lastFailureNanos;
    }

    FailedLogins(ThrottleSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    void use(ThrottleSettings changed) {
        settings = changed;
    }

    ThrottleSettings settings() {
        return settings;
    }

    /**
     * Starts an attempt for every key, or for none.
     *
     * @param keys each with the failures it may have for free
     * @return 0 if the attempt may go ahead (and is now running), else the seconds to wait
     */
    synchronized long tryStart(List<Key> keys) {
        long now = nanoTime.getAsLong();
        long waitNanos = 0;
        for (Key key : keys) {
            waitNanos = Math.max(waitNanos, waitNanos(key, now));
        }
        if (waitNanos > 0) {
            return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        }
        keys.forEach(key -> counts.computeIfAbsent(key.name(), k -> new Count()).running++);
        return 0;
    }

    /** Ends an attempt started with {@link #tryStart}. */
    synchronized void end(List<Key> keys, boolean succeeded) {
        long now = nanoTime.getAsLong();
        for (Key key : keys) {
            Count count = counts.get(key.name());
            if (count == null) {
                continue;
            }
            count.running--;
            if (!succeeded) {
                count.failures++;
                count.lastFailureNanos = now;
            } else if (key.forgetOnSuccess()) {
                count.failures = 0;
            }
            if (count.failures == 0 && count.running == 0) {
                counts.remove(key.name());
            }
        }
    }

    private long waitNanos(Key key, long now) {
        ThrottleSettings limits = settings;
        Count count = counts.get(key.name());
        if (count == null) {
            if (counts.size() >= MAX_KEYS) {
                forgetQuietKeys(now, limits);
            }
            return counts.size() >= MAX_KEYS ? limits.firstDelayNanos() : 0;
        }
        if (count.running == 0 && now - count.lastFailureNanos >= limits.forgetAfterNanos()) {
            count.failures = 0;
        }
        int free = key.freeFailures();
        if (count.failures + count.running < free) {
            return 0;
        }
        if (count.running > 0) {
            return limits.firstDelayNanos();
        }
        long waitUntil = count.lastFailureNanos + limits.delayNanosAfter(count.failures - free);
        return Math.max(0, waitUntil - now);
    }

    private void forgetQuietKeys(long now, ThrottleSettings limits) {
        counts.values().removeIf(c -> c.running == 0 && now - c.lastFailureNanos >= limits.forgetAfterNanos());
    }

    /**
     * What an attempt is counted under.
     *
     * @param name the key, e.g. {@code user:FORM:NAME} or {@code address:ADDRESS}
     * @param freeFailures failures the key may have before it must wait
     * @param forgetOnSuccess whether a successful login forgets the key's failures
     */
    record Key(String name, int freeFailures, boolean forgetOnSuccess) {
    }
}
