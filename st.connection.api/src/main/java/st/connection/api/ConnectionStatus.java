package st.connection.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An immutable snapshot of a managed connection's state.
 *
 * @param state the state when the snapshot was taken
 * @param openedAt when the current connection was opened, or {@code null} if none is open
 * @param lastCheckedAt when liveness was last checked, or {@code null} if never
 * @param reopenCount how many times a dead connection was replaced by a new one
 * @param lastError the last failure in one sentence fit for a person, or {@code null}
 */
public record ConnectionStatus(State state, Instant openedAt, Instant lastCheckedAt, long reopenCount,
        String lastError) {

    /** The states a managed connection goes through. */
    public enum State {
        /** Not opened yet, or closed; the next {@code get()} opens it. */
        IDLE,
        /** Open and, as of the last check, alive. */
        OPEN,
        /** The last attempt to open failed; the next {@code get()} tries again. */
        FAILED,
        /** The connector is not installed or was stopped. */
        CONNECTOR_UNAVAILABLE,
        /** Closed for good: logged out, session ended or configuration removed. */
        CLOSED
    }

    public ConnectionStatus {
        Objects.requireNonNull(state, "state");
    }
}
