package st.connection.ui.internal.throttle;

/**
 * A login attempt refused because its user name or its client address failed too often lately.
 * The message is one sentence for the person; it does not say which of the two, so that it tells a
 * guesser nothing about the user name.
 */
public final class LoginThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super("Too many failed logins; wait " + retryAfterSeconds + (retryAfterSeconds == 1 ? " second" : " seconds")
                + " and try again.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return how long the person must wait before the next attempt can go through */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
