package st.connection.api.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a connector, a connection or a person's session. Immutable.
 *
 * @param type what happened
 * @param connection the shared connection's or login form's name, {@code null} for connector events
 *     and for a cache cleared for every connection
 * @param connector the connector's name, {@code null} when not known (a cache cleared)
 * @param user the user name a person logged in with, {@code null} for shared connections and connectors
 * @param reason one sentence that says what happened or why; built from fixed words, connection
 *     names and connector messages fit to show a person, never from a secret
 * @param time when it happened
 */
public record ConnectionEvent(Type type, String connection, String connector, String user, String reason,
        Instant time) {

    /** What happened. */
    public enum Type {
        /** A connector service arrived (or took over its name from one that left). */
        CONNECTOR_ADDED,
        /** A connector service left; the connections it opened were closed. */
        CONNECTOR_REMOVED,
        /** A shared connection opened for the first time. */
        SHARED_OPENED,
        /** A shared connection opened again: after it was found dead, closed or reopened on request. */
        SHARED_REOPENED,
        /** A shared connection was closed: by an operator, its connector leaving, or for good. */
        SHARED_CLOSED,
        /** A shared connection could not be opened; the next use tries again. */
        SHARED_FAILED,
        /** A person logged in through a login form. */
        LOGIN_SUCCEEDED,
        /** A login through a login form did not open a connection. */
        LOGIN_FAILED,
        /** A person logged out of a login form. */
        LOGGED_OUT,
        /** A person's session ended and closed one of their connections. */
        SESSION_ENDED,
        /** The cached results of a connection (or of every connection) were removed. */
        CACHE_CLEARED
    }

    public ConnectionEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(time, "time");
    }
}
