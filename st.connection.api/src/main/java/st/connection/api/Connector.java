package st.connection.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A source of connections to one kind of data source, contributed by a connector bundle as a
 * whiteboard service with the service property {@value #NAME} (a unique name such as
 * {@code "jdbc"} or {@code "snowflake"}).
 *
 * <p>The platform tracks connectors dynamically: a connector registered at run time is usable at
 * once; when it is unregistered, the platform closes every connection it opened (through
 * {@link #close}) before the service is gone.
 *
 * <p><b>Threading.</b> Every method may be called concurrently from many threads. {@link #connect}
 * may block for as long as the data source needs; {@link #isOpen} should answer within a few
 * seconds; {@link #close} should not block for long.
 *
 * <p><b>Ownership.</b> A connection returned by {@link #connect} belongs to the platform, which
 * closes it through {@link #close} of the same connector.
 *
 * @param <C> the type of connection handed to callers, e.g. {@code java.sql.Connection}
 */
@ConsumerType
public interface Connector<C> {

    /** Service property holding the connector's unique name. */
    String NAME = "st.connection.connector";

    /** @return the type of the connections this connector opens */
    Class<C> type();

    /**
     * Opens a new connection.
     *
     * @param params connection parameters: configured or entered values merged with
     *     {@link #defaultOptions()}; values are usually strings, secrets may come as {@code char[]}.
     *     The map is only valid during the call: do not keep it or its values.
     * @return an open connection, never {@code null}
     * @throws LoginFailedException when the data source refused the credentials or parameters;
     *     its message is shown as it is to the person, who may be an anonymous visitor of a login
     *     page, so it must be one fixed sentence: no secret, no entered value, no host, port or
     *     driver text (make the driver's exception the cause: the platform logs it)
     * @throws Exception any other failure; the platform logs it and shows a short summary
     */
    C connect(Map<String, Object> params) throws Exception;

    /**
     * Tells whether a connection can still be used. Should ask the data source (a round trip),
     * not only local state, so that a session closed on the server side is found.
     *
     * @return {@code true} if the connection is open and usable
     */
    boolean isOpen(C connection);

    /**
     * Closes a connection and releases its resources. Must not throw; a connection that is
     * already closed or broken is closed quietly.
     */
    void close(C connection);

    /**
     * Tells whether a failed call on one of this connector's connections may mean that the
     * connection is no longer usable. The platform then checks the connection with
     * {@link #isOpen} before it hands it out again; a failure that only concerns the call (a typo
     * in SQL, a constraint violation) costs no such check. The default takes every failure as
     * fatal. Called on the caller's thread: answer from the failure alone, without a round trip.
     *
     * @param failure what the call threw
     * @return {@code true} if the connection may be dead
     * @since 1.2
     */
    default boolean isFatal(Throwable failure) {
        return true;
    }

    /** @return the fields a login form for this connector asks for, in order; empty for none */
    default List<FormField> defaultFormFields() {
        return List.of();
    }

    /**
     * @return one sentence shown under the connector's default login form that says what a person
     *     fills in and for what, e.g. "Any Snowflake account: its identifier, your user and password.";
     *     empty for none
     */
    default String defaultFormDescription() {
        return "";
    }

    /**
     * @return parameters added to every {@link #connect} call where no explicit one of that key is
     *     given (a shared connection's configuration, a login form's options or a value the person
     *     entered); the place for defaults such as login and network timeouts
     */
    default Map<String, Object> defaultOptions() {
        return Map.of();
    }
}
