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
     * {@link ConnectorUnavailableException} until it is.
     *
     * @param connector the connector's name
     * @param params connect parameters; the platform keeps them to reopen the connection
     */
    <C> ManagedConnection<C> singleton(String connector, Map<String, ?> params);

    /**
     * Returns the connections of one person's session. The session id is an opaque key chosen
     * by the caller, usually derived from the HTTP session.
     */
    UserConnections user(String sessionId);

    /** @return the login forms: configured ones, then connector defaults not overridden by name */
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
