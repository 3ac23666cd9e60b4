package st.connection.api;

/**
 * What is known about a registered connector service.
 *
 * @param name the connector's name ({@value Connector#NAME})
 * @param type the name of the connection type it opens
 * @param bundle the symbolic name of the bundle that registered it
 * @param bundleVersion that bundle's version
 * @param state whether this service is the one in use for its name
 */
public record ConnectorInfo(String name, String type, String bundle, String bundleVersion, State state) {

    /** Whether a connector service is used. */
    public enum State {
        /** The connector in use for its name: the highest ranked service of that name. */
        ACTIVE,
        /** Registered, but another service of the same name ranks higher; used if that one goes. */
        STANDBY
    }
}
