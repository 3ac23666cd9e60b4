package st.connection.snowflake.emulator;

/** How an expired session reacts to the driver's attempt to renew its token. */
public enum SessionExpiry {
    /**
     * Requests answer 390112 "session expired"; the driver renews the token with its master token and
     * carries on, so the application does not notice.
     */
    RENEWABLE,
    /**
     * Requests answer 390112 and token renewal answers 390114 "Authentication token has expired": the
     * connection is dead ({@code isValid} false, queries fail with 390114) until the user logs in again.
     */
    NOT_RENEWABLE
}
