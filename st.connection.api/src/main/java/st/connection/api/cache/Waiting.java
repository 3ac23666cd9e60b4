package st.connection.api.cache;

import java.util.concurrent.Future;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How a caller waits for an identical load that another thread runs, so that a waiting request
 * keeps its own timeout and can be cancelled like one that runs.
 *
 * @param <E> what waiting may throw (e.g. a timeout or cancellation in the adapter's terms)
 */
@ConsumerType
@FunctionalInterface
public interface Waiting<E extends Exception> {

    /**
     * Waits without a time limit; an interruption stops the wait (the interrupt stays set) and
     * the caller loads itself.
     *
     * @param <E> any exception type: this waiting throws none
     */
    static <E extends Exception> Waiting<E> untilDone() {
        return other -> {
            try {
                other.get();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                return true;
            }
        };
    }

    /**
     * @param other the other caller's load; it never completes exceptionally
     * @return {@code true} once it is done; {@code false} to stop waiting and load without it
     * @throws E to give up the request (e.g. its own timeout passed, or it was cancelled)
     */
    boolean await(Future<?> other) throws E;
}
