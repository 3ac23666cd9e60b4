package st.connection.snowflake.internal;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Map;

import st.connection.api.LoginFailedException;

/**
 * Turns the driver's errors into one fixed sentence for the person, who may be an anonymous visitor
 * of a login page: no host, port or account name (the connector's log line has them), and a locked
 * user is told the same as a wrong password, so that a guesser cannot tell which user names exist.
 */
final class SnowflakeErrors {

    static final int INCORRECT_CREDENTIALS = 390100;
    static final int SESSION_GONE = 390111;
    static final int SESSION_EXPIRED = 390112;
    static final int TOKEN_EXPIRED = 390114;
    static final int JWT_INVALID = 390144;
    /** Snowflake's "The requested database (schema, warehouse) does not exist or not authorized." */
    static final int OBJECT_NOT_AUTHORIZED = 390201;
    static final int USER_LOCKED = 390102;
    static final int OAUTH_TOKEN_INVALID = 390303;
    static final int PRIVATE_KEY_UNREADABLE = 200045;

    static final String WRONG_CREDENTIALS = "The user name or password is not correct.";
    static final String ACCOUNT_UNKNOWN = "The Snowflake account was not found; check the account name.";
    static final String UNREACHABLE = "Snowflake cannot be reached; check the account name and the network.";
    static final String NOT_AUTHORIZED = "The database, schema or warehouse given does not exist, or this user may not use it.";

    private static final Map<Integer, String> SENTENCES = Map.of(
            INCORRECT_CREDENTIALS, WRONG_CREDENTIALS,
            USER_LOCKED, WRONG_CREDENTIALS,
            OBJECT_NOT_AUTHORIZED, NOT_AUTHORIZED,
            JWT_INVALID, "The key pair was not accepted; check the private key and the public key set for the user.",
            OAUTH_TOKEN_INVALID, "The OAuth access token was not accepted; it may have expired, so get a new one.",
            PRIVATE_KEY_UNREADABLE, "The private key file could not be read; check its path and passphrase "
                    + "(see the README on encrypted keys).",
            SESSION_GONE, "Your Snowflake session no longer exists; please log in again.",
            SESSION_EXPIRED, "Your Snowflake session expired; please log in again.",
            TOKEN_EXPIRED, "Your Snowflake session expired; please log in again.");

    private SnowflakeErrors() {
    }

    /** @return whether the error says the session is gone or expired */
    static boolean endsSession(SQLException e) {
        int code = e.getErrorCode();
        return code == SESSION_GONE || code == SESSION_EXPIRED || code == TOKEN_EXPIRED;
    }

    static Exception forPerson(SQLException e) {
        String sentence = SENTENCES.get(e.getErrorCode());
        if (sentence != null) {
            return new LoginFailedException(sentence, e);
        }
        if (causedBy(e, UnknownHostException.class)) {
            return new LoginFailedException(ACCOUNT_UNKNOWN, e);
        }
        if (causedBy(e, ConnectException.class) || "08001".equals(e.getSQLState()) && e.getErrorCode() == 200015) {
            return new LoginFailedException(UNREACHABLE, e);
        }
        return e;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t) || t.getMessage() != null && t.getMessage().contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
