package st.connection.api;

/** The connector a connection needs is not installed, or was stopped. */
public class ConnectorUnavailableException extends ConnectionException {

    private static final long serialVersionUID = 1L;

    private final String connector;

    public ConnectorUnavailableException(String connector) {
        super("The connector '" + connector + "' is not available; install or start its bundle.");
        this.connector = connector;
    }

    /** @return the name of the missing connector */
    public String connector() {
        return connector;
    }
}
