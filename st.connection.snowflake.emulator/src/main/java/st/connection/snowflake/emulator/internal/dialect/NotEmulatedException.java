package st.connection.snowflake.emulator.internal.dialect;

/**
 * Snowflake SQL that the emulator recognizes but does not run, so that it answers with a
 * Snowflake-shaped error naming what is missing instead of a wrong value or H2's syntax error.
 */
public final class NotEmulatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotEmulatedException(String what) {
        super("The Snowflake emulator does not emulate " + what + ".");
    }
}
