package st.connection.core.internal;

/**
 * The time the lifecycle core reads and the one thread it schedules on: validation windows end,
 * remembered failures are forgotten and idle personal scopes expire by it. {@link ValidationTimer}
 * is the real one; unit tests drive one by hand.
 */
interface LifecycleClock {

    /** @return a monotonic time in milliseconds, only good for differences */
    long millis();

    /** Runs the task once, about this many milliseconds from now; never on the caller's thread. */
    void runAfter(long millis, Runnable task);
}
