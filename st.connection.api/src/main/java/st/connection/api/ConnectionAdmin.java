package st.connection.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Operations on shared connections for operators (the Web Console, shell commands), registered
 * by the platform's core bundle. Applications use {@link ConnectionService} and
 * {@link ManagedConnection}; they do not need this.
 *
 * <p><b>Threading.</b> Thread safe. Each operation takes the connection's lifecycle lock, so
 * callers of {@link ManagedConnection#get()} meanwhile wait for the new connection instead of
 * opening one of their own. A caller still using the connection it got before sees its calls fail,
 * and gets the new one on its next {@code get()}.
 */
@ProviderType
public interface ConnectionAdmin {

    /**
     * Closes the shared connection's current connection, if any, and opens a new one at once.
     *
     * @param name the shared connection's name
     * @return the status after reopening
     * @throws IllegalArgumentException if there is no shared connection of that name
     * @throws ConnectorUnavailableException if its connector is not installed
     * @throws ConnectionFailedException if the new connection could not be opened; its message says
     *     why in one sentence
     */
    ConnectionStatus reopen(String name);

    /**
     * Closes the shared connection's current connection, if any, releasing it on the data source.
     * The shared connection stays configured: the next {@link ManagedConnection#get()} opens it again.
     *
     * @param name the shared connection's name
     * @throws IllegalArgumentException if there is no shared connection of that name
     */
    void close(String name);
}
