package st.connection.api;

/**
 * A login did not open a connection. The message is one sentence fit to show the person next to
 * the form, who may be anonymous: it never contains a secret, an entered value or an internal
 * address. The cause, if any, is for the log.
 */
public class LoginFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public LoginFailedException(String message) {
        super(message);
    }

    public LoginFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
