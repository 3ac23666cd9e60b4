package st.connection.snowflake.emulator.internal;

/** Snowflake's texts for the session and login errors the emulator answers with. */
final class ErrorMessages {
    static final String INCORRECT_USERNAME_OR_PASSWORD = "Incorrect username or password was specified.";
    static final String JWT_TOKEN_INVALID = "JWT token is invalid.";
    static final String INVALID_OAUTH_ACCESS_TOKEN = "Invalid OAuth access token.";
    static final String SESSION_NO_LONGER_EXISTS =
            "Session no longer exists.  New login required to access the service.";
    static final String SESSION_EXPIRED = "Session token expired.";
    static final String MASTER_TOKEN_EXPIRED =
            "Authentication token has expired.  The user must authenticate again.";

    private ErrorMessages() {
    }
}
