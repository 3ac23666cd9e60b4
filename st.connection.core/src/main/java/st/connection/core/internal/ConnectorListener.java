package st.connection.core.internal;

import st.connection.api.Connector;

/** Told by the {@link ConnectorRegistry} when a connector name becomes usable or goes away. */
interface ConnectorListener {

    /** A connector with this name is usable now. */
    void connectorAdded(String name);

    /**
     * The connector is going away: close what it opened while its service is still usable. By now
     * {@link ConnectorRegistry#find} no longer returns it; compare connector instances.
     */
    void connectorRemoved(String name, Connector<?> departing);

    /**
     * A bundle is stopping (or being updated): close the connections made of its classes, such as
     * those of a JDBC driver bundle, while they still work. Called synchronously, before the bundle
     * stops.
     */
    default void originStopping(org.osgi.framework.Bundle bundle) {
    }
}
