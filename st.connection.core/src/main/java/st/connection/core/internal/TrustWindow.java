package st.connection.core.internal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds a connection view that was found alive, for one validation interval. While it holds one,
 * {@code get()} returns it after a single volatile read; when the interval ends, the timer
 * clears it and the next {@code get()} checks liveness again. An interval of 0 never trusts.
 */
final class TrustWindow<C> {

    private final AtomicReference<C> trusted = new AtomicReference<>();
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

    void trust(C view) {
        if (intervalMillis <= 0) {
            return;
        }
        trusted.set(view);
        timer.runAfter(intervalMillis, () -> trusted.compareAndSet(view, null));
    }

    LifecycleClock clock() {
        return timer;
    }

    void revoke() {
        trusted.set(null);
    }
}
