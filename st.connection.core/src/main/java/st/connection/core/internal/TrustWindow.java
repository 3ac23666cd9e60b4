package st.connection.core.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds a connection view that was found alive, for one validation interval. While it holds one,
 * {@code get()} returns it after a single volatile read; when the interval ends, the timer
 * clears it and the next {@code get()} checks liveness again. An interval of 0 never trusts. A
 * failure reported while a check runs is not forgotten: the check's view is then not trusted.
 */
final class TrustWindow<C> {

    private final AtomicReference<C> trusted = new AtomicReference<>();
    private final AtomicLong revocations = new AtomicLong();
    private final long intervalMillis;
    private final LifecycleClock timer;

    TrustWindow(long intervalMillis, LifecycleClock timer) {
        this.intervalMillis = intervalMillis;
        this.timer = timer;
    }

    /** @return the trusted view, or {@code null} if liveness must be checked */
    C trusted() {
        return trusted.get();
    }

    /** @return what a check passes to {@link #trust} once it found its view alive */
    long checkStarts() {
        return revocations.get();
    }

    /** Trusts the view unless trust was revoked since the check that found it alive started. */
    void trust(C view, long checkStarted) {
        if (intervalMillis <= 0) {
            return;
        }
        trusted.set(view);
        if (revocations.get() != checkStarted) {
            trusted.compareAndSet(view, null);
            return;
        }
        timer.runAfter(intervalMillis, () -> trusted.compareAndSet(view, null));
    }

    LifecycleClock clock() {
        return timer;
    }

    void revoke() {
        revocations.incrementAndGet();
        trusted.set(null);
    }
}
