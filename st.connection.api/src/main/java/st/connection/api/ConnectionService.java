package st.connection.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Entry point to managed connections, registered by the platform's core bundle.
 *
 * <p>The service is bundle scoped: the shared connections a bundle asked for with
 * {@link #singleton} are released when that bundle stops using the service, and closed when no
 * bundle uses them any more.
 *
 * <p><b>Threading.</b> Thread safe.
 */
@ProviderType
public interface ConnectionService {

    /**
     * Returns the shared connection for a connector and parameters; the same connector and equal
     * parameters give the same handle. Nothing is opened until {@link ManagedConnection#get()}.
     * The connector need not be installed yet: {@code get()} throws
     * {@link ConnectorUnavailableException} until it is. The calling bundle holds the connection
     * until it {@linkplain #release releases} it or stops using this service.
     *
     * <p>Without a {@code name} parameter the connection is named after the connector and a digest
     * of the parameters that are not secrets, so the name (shown in logs and the console) tells
     * nothing about a password.
     *
     * @param connector the connector's name
     * @param params connect parameters; the platform keeps them to reopen the connection
     * @throws IllegalArgumentException if a parameter the platform reads itself is malformed, or
     *     the name is taken by a shared connection with other parameters
     * @see #singleton(String, Class, Map)
     */
    <C> ManagedConnection<C> singleton(String connector, Map<String, ?> params);

    /**
     * As {@link #singleton(String, Map)}, for callers that say what type of connection they expect:
     * a connector that opens another type is refused, at once if it is installed, otherwise when it
     * arrives ({@code get()} then throws {@link ConnectionFailedException} saying both types).
     *
     * @param type what {@link ManagedConnection#get()} must return, e.g. {@code java.sql.Connection.class}
     * @throws IllegalArgumentException also if the installed connector opens another type
     * @since 1.2
     */
    <C> ManagedConnection<C> singleton(String connector, Class<C> type, Map<String, ?> params);

    /**
     * Gives up the calling bundle's hold on a shared connection it got from {@link #singleton}:
     * once no bundle and no configuration holds it, it is closed (and its handle answers
     * {@link ConnectionException} from then on). Releasing a connection the bundle does not hold
     * does nothing.
     *
     * @since 1.2
     */
    void release(ManagedConnection<?> connection);

    /**
     * Returns the connections of one person's session. The session id is an opaque key chosen
     * by the caller, usually derived from the HTTP session.
     */
    UserConnections user(String sessionId);

    /**
     * @return the login forms: configured ones and those applications register as {@link LoginForm}
     *     services (by name; a configured form replaces an application's form of its name), then
     *     connector defaults not replaced by name
     */
    List<LoginForm> loginForms();

    /** @return the login form with this name, if any */
    Optional<LoginForm> loginForm(String name);

    /** @return the connector services registered now, ordered by name, the one in use first */
    List<ConnectorInfo> connectors();

    /** @return every shared connection, configured and programmatic, ordered by name */
    List<ManagedConnection<?>> singletons();

    /** @return the configuration problems found now: rejected values and missing connectors */
    List<ConfigurationProblem> configurationProblems();
}
