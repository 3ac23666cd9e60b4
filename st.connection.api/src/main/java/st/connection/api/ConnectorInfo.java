package st.connection.api;

/**
 * What is known about an installed connector.
 *
 * @param name the connector's name ({@value Connector#NAME})
 * @param type the name of the connection type it opens
 * @param bundle the symbolic name of the bundle that registered it
 * @param bundleVersion that bundle's version
 */
public record ConnectorInfo(String name, String type, String bundle, String bundleVersion) {
}
