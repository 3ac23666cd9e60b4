package st.connection.snowflake.emulator.internal;

import java.time.Duration;
import java.time.ZoneId;

/**
 * What an {@link EmulatorServer} starts with, as {@code SnowflakeEmulator.Builder} validated it.
 *
 * @param port on 127.0.0.1, 0 for a free one
 * @param defaultDatabase the database of sessions that name none, and the one seeded by {@code execute}
 * @param account the account key-pair logins must name
 * @param idleTimeout how long a session may go without requests before it expires
 * @param stillRunningAfter how long a request waits for a statement before answering that it still runs
 */
public record ServerSettings(UserDirectory users, ZoneId timeZone, int port, String defaultDatabase, String account,
        Duration idleTimeout, Duration stillRunningAfter, ChunkStore chunks) {
}
