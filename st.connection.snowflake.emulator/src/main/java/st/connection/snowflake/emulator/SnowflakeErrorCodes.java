package st.connection.snowflake.emulator;

/**
 * Error codes the emulator answers with, as the driver reports them in
 * {@link java.sql.SQLException#getErrorCode()}. All are Snowflake's own codes except
 * {@link #UNSUPPORTED_REQUEST}. An H2 error without a Snowflake counterpart here keeps H2's own error
 * code and SQLState.
 *
 * <p>Thread safety: constants only.
 */
public final class SnowflakeErrorCodes {
    /** Login with an unknown user or a wrong password: "Incorrect username or password was specified." */
    public static final int INCORRECT_USERNAME_OR_PASSWORD = 390100;
    /** A key-pair login whose JWT is malformed, expired, or not signed with the user's key: "JWT token is invalid." */
    public static final int JWT_TOKEN_INVALID = 390144;
    /** An OAuth login with a token the emulator does not know: "Invalid OAuth access token." */
    public static final int INVALID_OAUTH_ACCESS_TOKEN = 390303;
    /** The session was killed or closed: "Session no longer exists." */
    public static final int SESSION_NO_LONGER_EXISTS = 390111;
    /** The session token expired; the driver renews it with its master token. */
    public static final int SESSION_EXPIRED = 390112;
    /** Token renewal refused: "Authentication token has expired." The user must log in again. */
    public static final int MASTER_TOKEN_EXPIRED = 390114;
    /** A request the emulator does not implement (the emulator's own code, not Snowflake's). */
    public static final int UNSUPPORTED_REQUEST = 999404;
    /** SQL compilation error: empty SQL statement. */
    public static final int EMPTY_SQL_STATEMENT = 900;
    /** SQL compilation error: syntax error. */
    public static final int SQL_SYNTAX_ERROR = 1003;
    /** SQL compilation error: object does not exist or not authorized. */
    public static final int OBJECT_DOES_NOT_EXIST = 2003;
    /** SQL compilation error: invalid identifier (an unknown column). */
    public static final int INVALID_IDENTIFIER = 904;
    /** SQL compilation error: object already exists. */
    public static final int OBJECT_ALREADY_EXISTS = 2002;
    /** Execution error: a NULL into a NOT NULL column. */
    public static final int NULL_INTO_NOT_NULL_COLUMN = 100072;
    /** Execution error: a value that cannot be converted, e.g. a string that is not a number. */
    public static final int VALUE_NOT_RECOGNIZED = 100038;
    /** Execution error: division by zero. */
    public static final int DIVISION_BY_ZERO = 100051;
    /** Execution error: the statement was cancelled (e.g. by {@code Statement.cancel()}). */
    public static final int STATEMENT_CANCELED = 604;
    /**
     * Snowflake SQL that the emulator recognizes but does not run (the emulator's own code, not
     * Snowflake's; SQLState 0A000). The message names what is missing.
     */
    public static final int NOT_EMULATED = 999002;
    /** Multi-statement text whose count differs from {@code MULTI_STATEMENT_COUNT} (1 unless set). */
    public static final int STATEMENT_COUNT_MISMATCH = 8;
    /** Internal error: an unexpected failure in the emulator. */
    public static final int INTERNAL_ERROR = 370001;

    private SnowflakeErrorCodes() {
    }
}
