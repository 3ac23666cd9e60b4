package st.connection.snowflake.emulator.internal;

/** Where an emulated session stands; requests answer according to it. */
enum SessionState {
    /** Requests run normally. */
    ACTIVE,
    /** Requests answer 390112; the driver's token renewal makes the session active again. */
    EXPIRED_RENEWABLE,
    /** Requests answer 390112 and token renewal answers 390114: the user must log in again. */
    EXPIRED_FINAL
}
