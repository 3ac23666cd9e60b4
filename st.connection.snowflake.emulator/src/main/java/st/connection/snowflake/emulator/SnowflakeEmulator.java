package st.connection.snowflake.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import st.connection.snowflake.emulator.internal.ChunkStore;
import st.connection.snowflake.emulator.internal.EmulatorServer;
import st.connection.snowflake.emulator.internal.ServerSettings;
import st.connection.snowflake.emulator.internal.UserDirectory;

/**
 * A Snowflake emulator on 127.0.0.1 that the real, unmodified snowflake-jdbc driver connects to:
 * logins, queries with binds (JSON results with Snowflake's column types), heartbeats, token
 * renewal and session close, with SQL run by an in-memory H2 database that all sessions share. Each
 * Snowflake session has its own H2 connection and its own current database, schema, warehouse and
 * role.
 *
 * <pre>{@code
 * try (SnowflakeEmulator sf = SnowflakeEmulator.builder().user("alice", "secret").start();
 *      Connection c = new SnowflakeDriver().connect(sf.jdbcUrl(), sf.connectionProperties("alice", "secret"))) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Logins: by password, by key pair ({@link Builder#userWithKey}) or by OAuth token
 * ({@link Builder#oauthToken}).
 *
 * <p>Faults: {@link #expireSession}, {@link #killSession}, {@link #refuseLogins},
 * {@link #setLatency}, {@link #failNextQuery}; counters: {@link #loginCount()},
 * {@link #queryCount()}, {@link #heartbeatCount()} and more. Both may be used while requests run.
 *
 * <p>Sessions speak Snowflake's SQL, rewritten to H2's (the README lists what is emulated and
 * what is refused as not emulated); each Snowflake database is its own H2 database.
 * {@link #execute} runs H2's SQL in the default database. Large results come in chunks; asynchronous
 * queries, result by id, multi-statement requests, SHOW and DESCRIBE are answered. As on Snowflake,
 * a session without requests for the {@linkplain Builder#idleTimeout idle timeout} expires, and a
 * statement still running after {@link Builder#stillRunningAfter} is answered "in progress" and polled.
 *
 * <p>Thread safety: all methods may be called from any thread at any time. {@link #close()} stops
 * the HTTP server and its threads, closes every session's H2 connection and drops the database; the
 * emulator is unusable afterwards. No state is static: emulators in one JVM are independent.
 */
public final class SnowflakeEmulator implements AutoCloseable {
    /** The account name {@link #connectionProperties} uses unless the builder sets another. */
    public static final String DEFAULT_ACCOUNT = "emulator";
    /** The default database's name unless the builder sets another. */
    public static final String DEFAULT_DATABASE = "EMULATOR";
    /** Rows in a result's answer and in each of its chunks, unless the builder sets another. */
    public static final int DEFAULT_CHUNK_ROWS = 10_000;
    /** How long a session may go without requests, unless the builder sets another: Snowflake's default for drivers. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofHours(4);
    /**
     * How long a request waits for its statement before answering that it still runs, unless the
     * builder sets another: Snowflake's 45 seconds.
     */
    public static final Duration DEFAULT_STILL_RUNNING_AFTER = Duration.ofSeconds(45);
    /** Below it the driver's heartbeat interval, a quarter of the timeout in whole seconds, would be 0. */
    private static final Duration MINIMUM_IDLE_TIMEOUT = Duration.ofSeconds(4);
    /** Compressed chunk bytes kept for download; the oldest are dropped beyond it. */
    private static final long MAX_CHUNK_BYTES = 256L * 1024 * 1024;

    private final EmulatorServer server;
    private final String account;

    private SnowflakeEmulator(EmulatorServer server, String account) {
        this.server = server;
        this.account = account;
    }

    /** Starts an emulator on a free port that accepts any user and password. */
    public static SnowflakeEmulator start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The local port the emulator listens on (on 127.0.0.1). */
    public int port() {
        return server.port();
    }

    /** {@code jdbc:snowflake://127.0.0.1:PORT/}. */
    public String jdbcUrl() {
        return "jdbc:snowflake://127.0.0.1:" + port() + "/";
    }

    /**
     * The driver properties for a connection to this emulator: {@code account}, {@code user},
     * {@code password}, {@code ssl=off} (the emulator speaks plain HTTP) and
     * {@code disablePlatformDetection=true} (no probes of cloud metadata addresses). Add {@code db},
     * {@code schema}, {@code warehouse} or {@code role} as needed; the result is a new, mutable object.
     */
    public Properties connectionProperties(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("account", account);
        properties.setProperty("user", Objects.requireNonNull(user, "user"));
        properties.setProperty("password", Objects.requireNonNull(password, "password"));
        properties.setProperty("ssl", "off");
        properties.setProperty("disablePlatformDetection", "true");
        return properties;
    }

    /** The database that sessions use unless they name another, and that {@link #execute} seeds. */
    public String defaultDatabase() {
        return server.databases().defaultName();
    }

    /**
     * Runs SQL directly in H2, in the {@linkplain #defaultDatabase() default database}, outside any
     * session, e.g. to seed test data. H2's dialect, not Snowflake's. Auto-commit.
     *
     * @return the update count, or 0 for statements without one
     * @throws SQLException H2's error
     */
    public int execute(String sql) throws SQLException {
        return server.databases().defaultDatabase().execute(sql);
    }

    /** The ids of the open sessions, as {@code SnowflakeConnection.getSessionID()} reports them. */
    public List<String> sessionIds() {
        return server.sessionIds();
    }

    /**
     * The user an open session logged in as: the login name for password and key-pair logins,
     * the token's user for OAuth logins.
     *
     * @throws IllegalArgumentException if no session has this id
     */
    public String sessionUser(String sessionId) {
        return server.sessionUser(sessionId).orElseThrow(() -> noSuchSession(sessionId));
    }

    /**
     * Expires one session: its requests answer 390112, and the driver's token renewal then succeeds
     * ({@link SessionExpiry#RENEWABLE}) or answers 390114 ({@link SessionExpiry#NOT_RENEWABLE}).
     *
     * @throws IllegalArgumentException if no session has this id
     */
    public void expireSession(String sessionId, SessionExpiry expiry) {
        if (!server.expire(sessionId, expiry == SessionExpiry.RENEWABLE)) {
            throw noSuchSession(sessionId);
        }
    }

    /** Expires every open session, as {@link #expireSession} does for one. */
    public void expireAllSessions(SessionExpiry expiry) {
        server.expireAll(expiry == SessionExpiry.RENEWABLE);
    }

    /**
     * Ends one session on the server side, as an administrator's kill would: its requests answer
     * 390111 "Session no longer exists", and its uncommitted work is rolled back.
     *
     * @throws IllegalArgumentException if no session has this id
     */
    public void killSession(String sessionId) {
        if (!server.kill(sessionId)) {
            throw noSuchSession(sessionId);
        }
    }

    /** Kills every open session. */
    public void killAllSessions() {
        server.killAll();
    }

    private IllegalArgumentException noSuchSession(String sessionId) {
        return new IllegalArgumentException("No open session " + sessionId + "; open sessions: " + sessionIds());
    }

    /** Refuses every login with this Snowflake error until {@link #acceptLogins()} or {@link #resetFaults()}. */
    public void refuseLogins(int errorCode, String message) {
        server.faults().refuseLogins(errorCode, message);
    }

    /** Ends {@link #refuseLogins}. */
    public void acceptLogins() {
        server.faults().acceptLogins();
    }

    /** Delays every request by this much before it is handled; {@link Duration#ZERO} for none. */
    public void setLatency(Duration latency) {
        server.faults().setLatency(Objects.requireNonNull(latency, "latency"));
    }

    /**
     * Makes the next query (of any session) fail with this SQL error instead of running; SQLState
     * {@code 42000}. Describe-only requests of prepared statements are not affected.
     */
    public void failNextQuery(int errorCode, String message) {
        failNextQuery(errorCode, "42000", message);
    }

    /** As {@link #failNextQuery(int, String)}, with the given SQLState. */
    public void failNextQuery(int errorCode, String sqlState, String message) {
        server.faults().failNextQuery(errorCode, sqlState, message);
    }

    /**
     * Makes the next {@code count} downloads of result chunks answer HTTP 503, which the driver
     * retries (see {@link Builder#chunkRows}).
     */
    public void failChunkDownloads(int count) {
        server.faults().failChunkDownloads(count);
    }

    /**
     * Makes every statement run at least this long (after the request was accepted), so that a test
     * can poll an asynchronous query while it runs; {@link Duration#ZERO} for none.
     */
    public void setExecutionDelay(Duration delay) {
        server.faults().setExecutionDelay(Objects.requireNonNull(delay, "delay"));
    }

    /** Accepts logins, removes latency, execution delay, pending query and chunk failures. Expired sessions stay expired. */
    public void resetFaults() {
        server.faults().reset();
    }

    /** Successful logins. */
    public long loginCount() {
        return server.counters().successfulLogins();
    }

    /** Refused logins: wrong credentials or {@link #refuseLogins}. */
    public long failedLoginCount() {
        return server.counters().failedLogins();
    }

    /**
     * Statements that sessions sent for execution, including ones that failed; not describe-only
     * requests, not retries answered from the first answer, not requests refused because the session
     * had expired.
     */
    public long queryCount() {
        return server.counters().queries();
    }

    /** {@link #queryCount()} of one session, also after it closed; 0 for unknown ids. */
    public long queryCount(String sessionId) {
        return server.counters().queries(sessionId);
    }

    /** Sessions logged in and not yet closed or killed. */
    public int openSessionCount() {
        return server.openSessionCount();
    }

    /** Heartbeats received ({@code Connection.isValid} sends one), whatever they were answered. */
    public long heartbeatCount() {
        return server.counters().heartbeats();
    }

    /**
     * Session tokens renewed with the master token: the driver's answer to 390112 after
     * {@link SessionExpiry#RENEWABLE}. A refused renewal (390114) is not counted.
     */
    public long tokenRenewalCount() {
        return server.counters().tokenRenewals();
    }

    /** Chunk downloads requested by drivers, including the ones answered with an injected failure. */
    public long chunkRequestCount() {
        return server.counters().chunkRequests();
    }

    /**
     * Requests for a query's result by its id ({@code GET /queries/{id}/result}): the driver's polls
     * of statements answered "still running", of asynchronous queries and of multi-statement children.
     */
    public long resultRequestCount() {
        return server.counters().resultRequests();
    }

    /** Requests for endpoints the emulator does not implement. */
    public long unsupportedRequestCount() {
        return server.counters().unsupportedRequests();
    }

    /** Sets every counter except {@link #openSessionCount()} back to zero. */
    public void resetCounters() {
        server.counters().reset();
    }

    /** Stops the server and its threads, closes every session and drops the H2 database. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "SnowflakeEmulator[" + jdbcUrl() + "]";
    }

    /**
     * Configures an emulator. Not thread safe; use it from one thread, then {@link #start()}.
     */
    public static final class Builder {
        private final Map<String, String> users = new LinkedHashMap<>();
        private final Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
        private final Map<String, String> oauthTokens = new LinkedHashMap<>();
        private ZoneId timeZone = ZoneId.of("UTC");
        private String account = DEFAULT_ACCOUNT;
        private String database = DEFAULT_DATABASE;
        private int chunkRows = DEFAULT_CHUNK_ROWS;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration stillRunningAfter = DEFAULT_STILL_RUNNING_AFTER;
        private int port;

        private Builder() {
        }

        /**
         * Accepts this user (case-insensitive, as Snowflake login names) with this password. Once a
         * user, key or token is added, other users and wrong passwords are refused with 390100;
         * without any, every password login is accepted.
         */
        public Builder user(String name, String password) {
            users.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(password, "password"));
            return this;
        }

        /**
         * Accepts key-pair logins ({@code authenticator=SNOWFLAKE_JWT} with {@code private_key_file})
         * of this user, whose JWT must be signed with the private key of {@code publicKey} (RSA), as
         * after Snowflake's {@code ALTER USER ... SET RSA_PUBLIC_KEY}. Others get 390144.
         */
        public Builder userWithKey(String name, PublicKey publicKey) {
            publicKeys.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(publicKey, "publicKey"));
            return this;
        }

        /**
         * Accepts OAuth logins ({@code authenticator=oauth}) with this access token, as this user.
         * Unknown tokens get 390303.
         */
        public Builder oauthToken(String token, String user) {
            oauthTokens.put(Objects.requireNonNull(token, "token"), Objects.requireNonNull(user, "user"));
            return this;
        }

        /**
         * The session time zone (Snowflake's {@code TIMEZONE} parameter and H2's time zone), in which
         * {@code TIMESTAMP_LTZ} values are shown and zone-less timestamps are converted. Default UTC.
         */
        public Builder timeZone(ZoneId zone) {
            this.timeZone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The account name put into {@link #connectionProperties}. Password and OAuth logins may name
         * any account; a key-pair login whose JWT names another account is refused with 390144, as
         * Snowflake refuses a token for another account than the one in its URL.
         */
        public Builder account(String name) {
            this.account = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The default database (sessions that name none use it; {@link SnowflakeEmulator#execute} seeds
         * it); default {@value SnowflakeEmulator#DEFAULT_DATABASE}. Unquoted names are upper case.
         */
        public Builder database(String name) {
            this.database = Objects.requireNonNull(name, "name").toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * Rows in a result's answer and in each chunk the driver then downloads; default
         * {@value SnowflakeEmulator#DEFAULT_CHUNK_ROWS}. Small values make tests of chunked results cheap.
         */
        public Builder chunkRows(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("chunk rows must be at least 1: " + rows);
            }
            this.chunkRows = rows;
            return this;
        }

        /**
         * How long a session may go without requests before it expires for good (its requests answer
         * 390112, its token renewal 390114, as after Snowflake's idle session timeout); default
         * {@link SnowflakeEmulator#DEFAULT_IDLE_TIMEOUT}. Heartbeats count as requests: a driver with
         * {@code CLIENT_SESSION_KEEP_ALIVE=true} keeps its session, heartbeating every quarter of
         * this time, which the login answer tells it as the master token's validity.
         *
         * @throws IllegalArgumentException below 4 seconds, where the driver's heartbeat interval
         *     (a quarter, in whole seconds) would be 0
         */
        public Builder idleTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.compareTo(MINIMUM_IDLE_TIMEOUT) < 0) {
                throw new IllegalArgumentException("idle timeout must be at least " + MINIMUM_IDLE_TIMEOUT.toSeconds()
                        + " seconds (the driver heartbeats every quarter of it, in whole seconds): " + timeout);
            }
            this.idleTimeout = timeout;
            return this;
        }

        /**
         * How long a query request (and each request for a query's result) waits for the statement
         * before answering code 333333 "in progress" with the URL of its result, which the driver
         * then polls, as Snowflake does for statements that run longer; default
         * {@link SnowflakeEmulator#DEFAULT_STILL_RUNNING_AFTER}. With
         * {@link SnowflakeEmulator#setExecutionDelay}, a test makes the driver poll.
         */
        public Builder stillRunningAfter(Duration wait) {
            Objects.requireNonNull(wait, "wait");
            if (wait.isNegative()) {
                throw new IllegalArgumentException("stillRunningAfter must not be negative: " + wait);
            }
            this.stillRunningAfter = wait;
            return this;
        }

        /** The port on 127.0.0.1; default 0, a free port. */
        public Builder port(int number) {
            if (number < 0 || number > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + number);
            }
            this.port = number;
            return this;
        }

        /**
         * Starts the emulator.
         *
         * @throws UncheckedIOException if the port cannot be bound
         * @throws IllegalStateException if H2 cannot start
         */
        public SnowflakeEmulator start() {
            try {
                return new SnowflakeEmulator(EmulatorServer.start(new ServerSettings(
                        new UserDirectory(users, publicKeys, oauthTokens), timeZone, port, database, account, idleTimeout,
                        stillRunningAfter, new ChunkStore(chunkRows, MAX_CHUNK_BYTES))), account);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the Snowflake emulator on port " + port, e);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot start the H2 database of the Snowflake emulator", e);
            }
        }
    }
}
