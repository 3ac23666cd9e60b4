package st.connection.api;

/**
 * A managed connection cannot be handed out. The message says, in words fit for a person, what
 * happened and what to do; causes are for the log.
 */
public class ConnectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConnectionException(String message) {
        super(message);
    }

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
