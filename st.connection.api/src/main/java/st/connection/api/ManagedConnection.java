package st.connection.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A handle on a connection the platform manages: a shared singleton or a person's own connection.
 * Keep the handle and call {@link #get()} on every use; it is cheap.
 *
 * <p>Each configured shared connection is also registered as a service of this type with the
 * properties {@value #NAME} and {@value Connector#NAME}, and no secret:
 * <pre>{@code @Reference(target = "(st.connection.name=sales)") ManagedConnection<Connection> sales;}</pre>
 *
 * <p><b>Threading.</b> Thread safe. Concurrent callers that find the connection dead share one
 * reopen.
 *
 * @param <C> the connection type, e.g. {@code java.sql.Connection}
 */
@ProviderType
public interface ManagedConnection<C> {

    /** Service property holding the connection's name. */
    String NAME = "st.connection.name";

    /**
     * Request attribute under which the gate ({@code st.connection.gate}) puts the person's own
     * connection for the gate's login form, before a protected servlet runs:
     * <pre>{@code ManagedConnection<Connection> mine =
     *     (ManagedConnection<Connection>) request.getAttribute(ManagedConnection.REQUEST_ATTRIBUTE);}</pre>
     * If the connection is found dead while the servlet runs, {@link #get()} throws
     * {@link LoginRequiredException}; the gate catches it and sends the person to the login page,
     * unless the response was already committed.
     */
    String REQUEST_ATTRIBUTE = "st.connection.managedConnection";

    /** @return the connection's name: the configured name, or the login form's name for a person's connection */
    String name();

    /** @return the name of the connector that opens this connection */
    String connector();

    /**
     * Returns the open connection. Liveness is checked with {@link Connector#isOpen} at most once
     * per validation interval, and at once after a call on the connection failed. A dead shared
     * connection is closed and reopened; a dead personal connection is closed and forgotten.
     *
     * <p>The platform owns the connection: do not close it. For {@code java.sql.Connection},
     * {@code close()} on the returned object is ignored, so try-with-resources is harmless.
     *
     * <p><b>A shared connection is the same for every caller.</b> Its JDBC connection runs in
     * auto-commit and refuses, with an {@link java.sql.SQLException} (SQLState {@code 0A000}) of
     * one sentence, every call that would change its session for the other callers or leave them
     * in a transaction: {@code setAutoCommit(false)}, {@code setTransactionIsolation},
     * {@code setReadOnly(true)}, {@code setSchema}, {@code setCatalog}, {@code setClientInfo},
     * {@code setNetworkTimeout}, {@code setHoldability}, {@code setTypeMap}, savepoints, and SQL
     * starting with {@code USE}, {@code SET}, {@code UNSET}, {@code RESET}, {@code ALTER SESSION},
     * {@code BEGIN}, {@code START} or {@code SAVEPOINT}. Session settings of a shared connection
     * come from its configuration; transactions need a personal connection, whose owner may change
     * it as they like.
     *
     * @return an open connection, never {@code null}
     * @throws ConnectorUnavailableException if the connector is not installed or was stopped
     * @throws ConnectionFailedException if a shared connection could not be (re)opened
     * @throws LoginRequiredException if a personal connection was found dead or logged out
     */
    C get();

    /**
     * Tells the handle that a call on its connection failed, so the next {@link #get()} checks
     * liveness at once if the connector takes the failure as fatal ({@link Connector#isFatal}).
     * JDBC connections report their own failures; other types call this.
     */
    void reportFailure(Throwable failure);

    /** @return a snapshot of the connection's state; never {@code null} */
    ConnectionStatus status();
}
