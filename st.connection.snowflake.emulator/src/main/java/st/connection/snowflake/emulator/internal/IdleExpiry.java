package st.connection.snowflake.emulator.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Snowflake's idle session timeout: a session that made no request for this long is over. Its
 * requests then answer 390112 and its token renewal 390114, so the user must log in again.
 * Heartbeats are requests, so a driver with {@code CLIENT_SESSION_KEEP_ALIVE} keeps its session.
 *
 * <p>The login answer tells the driver the timeout as the master token's validity; the driver
 * heartbeats every quarter of it (at most hourly), as it does against Snowflake, whose default of
 * four hours is the master token's validity there. Immutable and thread safe.
 */
final class IdleExpiry {
    private static final long SESSION_TOKEN_VALIDITY_SECONDS = 3600;

    private final long timeoutNanos;
    private final long timeoutSeconds;
    private final LongSupplier nanoClock;

    /**
     * @param timeout as {@code SnowflakeEmulator.Builder.idleTimeout} validated it
     * @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
     */
    IdleExpiry(Duration timeout, LongSupplier nanoClock) {
        this.timeoutNanos = timeout.toNanos();
        this.timeoutSeconds = timeout.toSeconds();
        this.nanoClock = nanoClock;
    }

    long now() {
        return nanoClock.getAsLong();
    }

    /** @return true if a session last used at {@code lastUsedNanos} has been idle for the whole timeout */
    boolean hasExpired(long lastUsedNanos) {
        return nanoClock.getAsLong() - lastUsedNanos >= timeoutNanos;
    }

    /** What the login and renewal answers call {@code masterValidityInSeconds}. */
    long masterTokenValiditySeconds() {
        return timeoutSeconds;
    }

    /** What they call the session token's validity: Snowflake's hour, or the timeout if shorter. */
    long sessionTokenValiditySeconds() {
        return Math.min(SESSION_TOKEN_VALIDITY_SECONDS, timeoutSeconds);
    }
}
