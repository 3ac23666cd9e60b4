package st.connection.api.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * Options of one {@link ConnectionCache#load}: how the cache is used ({@link CacheControl.Mode}),
 * another time to live, and how to wait for an identical load of another thread. Immutable.
 *
 * @param <E> what {@link #waiting()} may throw
 */
public final class LoadOptions<E extends Exception> {

    private static final LoadOptions<?> DEFAULTS = new LoadOptions<>(CacheControl.Mode.USE, null,
            Waiting.untilDone());

    private final CacheControl.Mode mode;
    private final Duration ttl;
    private final Waiting<E> waiting;

    private LoadOptions(CacheControl.Mode mode, Duration ttl, Waiting<E> waiting) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.ttl = ttl;
        this.waiting = Objects.requireNonNull(waiting, "waiting");
    }

    /**
     * @param <E> any exception type: the default waiting throws none
     * @return the cache used as usual, the connection's time to live, waiting until an identical
     *     load is done
     */
    @SuppressWarnings("unchecked")
    public static <E extends Exception> LoadOptions<E> defaults() {
        return (LoadOptions<E>) DEFAULTS;
    }

    /** @return these options with another mode */
    public LoadOptions<E> withMode(CacheControl.Mode newMode) {
        return new LoadOptions<>(newMode, ttl, waiting);
    }

    /**
     * @param newTtl more than zero, or {@code null} for the connection's
     * @return these options with another time to live for what this load caches
     */
    public LoadOptions<E> withTtl(Duration newTtl) {
        if (newTtl != null && (newTtl.isZero() || newTtl.isNegative())) {
            throw new IllegalArgumentException("A time to live must be more than zero, was " + newTtl);
        }
        return new LoadOptions<>(mode, newTtl, waiting);
    }

    /** @return these options with another way of waiting for an identical load */
    public <X extends Exception> LoadOptions<X> withWaiting(Waiting<X> newWaiting) {
        return new LoadOptions<>(mode, ttl, newWaiting);
    }

    public CacheControl.Mode mode() {
        return mode;
    }

    /** @return the time to live of what this load caches, or {@code null} for the connection's */
    public Duration ttl() {
        return ttl;
    }

    public Waiting<E> waiting() {
        return waiting;
    }

    @Override
    public String toString() {
        return "LoadOptions[" + mode + (ttl == null ? "" : ", ttl " + ttl) + "]";
    }
}
