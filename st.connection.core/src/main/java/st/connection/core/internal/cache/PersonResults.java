package st.connection.core.internal.cache;

import java.util.function.LongSupplier;

/**
 * One person's results: the scope under which their reads are cached. Logging out and ending the
 * session give the person a new epoch (from a counter that never repeats), so what was cached
 * before is never served again, without scanning the cache: it just ages out.
 */
public final class PersonResults {

    private final String key;
    private final LongSupplier epochs;
    private volatile long epoch;

    PersonResults(String key, LongSupplier epochs) {
        this.key = key;
        this.epochs = epochs;
        this.epoch = epochs.getAsLong();
    }

    String key() {
        return key;
    }

    long epoch() {
        return epoch;
    }

    /** Nothing cached for this person so far is served again. */
    void renew() {
        epoch = epochs.getAsLong();
    }

    @Override
    public String toString() {
        return "PersonResults[epoch " + epoch + "]";
    }
}
