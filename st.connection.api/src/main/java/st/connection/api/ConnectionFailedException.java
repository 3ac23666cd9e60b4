package st.connection.api;

/** A shared connection could not be opened; the next {@code get()} tries again. */
public class ConnectionFailedException extends ConnectionException {

    private static final long serialVersionUID = 1L;

    public ConnectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
