package st.connection.snowflake.emulator.internal.dialect;

/** One step from Snowflake's SQL towards H2's: a pure function of the text and the session. */
interface Rewrite {
    /**
     * @return the rewritten text, or {@code sql} itself when nothing applies
     * @throws NotEmulatedException for Snowflake SQL the emulator recognizes but cannot run faithfully
     */
    String apply(String sql, DialectContext context);
}
