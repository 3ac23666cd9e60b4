package st.connection.snowflake.emulator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Snowflake session: its tokens, its own H2 connection to each database it used, its current
 * database, schema, warehouse and role, its parameters, its results (for result by id and chunks)
 * and the statements it is running. Thread safe: the driver may run statements of one session from
 * several threads; the H2 connections serialize them.
 */
final class EmulatedSession {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatedSession.class);

    private final String id;
    private final String user;
    private final String masterToken;
    private final Databases databases;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final SessionParameters parameters;
    private final SessionResults results = new SessionResults();
    private final RequestReplay replay = new RequestReplay();
    private final Map<String, Statement> running = new ConcurrentHashMap<>();
    private volatile long lastUsedNanos;
    private boolean autoCommit;

    private volatile String sessionToken;
    private volatile SessionState state = SessionState.ACTIVE;
    private volatile String database;
    private volatile String schema;
    private volatile String warehouse;
    private volatile String role;
    private volatile String account;
    private volatile ColumnCatalog columnCatalog = ColumnCatalog.EMPTY;

    /** Guards the transaction flag together with the connection's auto-commit switch. */
    private final Object transactionLock = new Object();
    private boolean explicitTransaction;

    EmulatedSession(String id, String user, String sessionToken, String masterToken, Databases databases,
            SessionParameters parameters, long openedNanos) {
        this.id = id;
        this.lastUsedNanos = openedNanos;
        this.user = user;
        this.sessionToken = sessionToken;
        this.masterToken = masterToken;
        this.databases = databases;
        this.parameters = parameters;
        this.autoCommit = parameters.get("AUTOCOMMIT") == null || parameters.get("AUTOCOMMIT").asBoolean(true);
    }

    String id() {
        return id;
    }

    String user() {
        return user;
    }

    String sessionToken() {
        return sessionToken;
    }

    void sessionToken(String token) {
        sessionToken = token;
    }

    String masterToken() {
        return masterToken;
    }

    /** The current database, the default one when the session names none. */
    String currentDatabase() {
        String name = database;
        return name == null ? databases.defaultName() : name;
    }

    /** What was last read about the columns of a database, see {@link ColumnCatalog#of}. */
    ColumnCatalog columnCatalog() {
        return columnCatalog;
    }

    void columnCatalog(ColumnCatalog catalog) {
        columnCatalog = catalog;
    }

    /** The H2 connection to the current database (the default database's when none is current). */
    Connection connection() throws SQLException {
        String name = currentDatabase();
        Connection connection = connections.get(name);
        if (connection != null) {
            return connection;
        }
        synchronized (transactionLock) {
            connection = connections.get(name);
            if (connection == null) {
                connection = databases.getOrCreate(name).open();
                connection.setAutoCommit(autoCommit && !explicitTransaction);
                applyTimeZone(connection);
                connections.put(name, connection);
            }
            return connection;
        }
    }

    Databases databases() {
        return databases;
    }

    SessionParameters parameters() {
        return parameters;
    }

    SessionResults results() {
        return results;
    }

    /** Applies the session's TIMEZONE to every H2 connection of the session. */
    void timeZoneChanged() throws SQLException {
        for (Connection connection : connections.values()) {
            applyTimeZone(connection);
        }
    }

    private void applyTimeZone(Connection connection) throws SQLException {
        var zone = parameters.get("TIMEZONE");
        if (zone != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TIME ZONE '" + zone.asText().replace("'", "''") + "'");
            }
        }
    }

    /** Marks the session used at this time of {@link IdleExpiry}'s clock. */
    void touch(long nanos) {
        lastUsedNanos = nanos;
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    /** Forgets the connection to a dropped database. */
    void databaseDropped(String name) {
        Connection connection = connections.remove(name);
        if (connection != null) {
            closeQuietly(connection);
        }
    }

    RequestReplay replay() {
        return replay;
    }

    SessionState state() {
        return state;
    }

    void state(SessionState newState) {
        state = newState;
    }

    String database() {
        return database;
    }

    void database(String name) {
        database = name;
    }

    String schema() {
        return schema;
    }

    void schema(String name) {
        schema = name;
    }

    String warehouse() {
        return warehouse;
    }

    void warehouse(String name) {
        warehouse = name;
    }

    String role() {
        return role;
    }

    void role(String name) {
        role = name;
    }

    String account() {
        return account;
    }

    void account(String name) {
        account = name;
    }

    /** BEGIN: suspends auto-commit until COMMIT or ROLLBACK, as Snowflake does. */
    void beginTransaction() throws SQLException {
        synchronized (transactionLock) {
            if (autoCommit && !explicitTransaction) {
                explicitTransaction = true;
                for (Connection connection : connections.values()) {
                    connection.setAutoCommit(false);
                }
            }
        }
    }

    void endTransaction(boolean commit) throws SQLException {
        synchronized (transactionLock) {
            for (Connection connection : connections.values()) {
                if (!connection.getAutoCommit()) {
                    if (commit) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                }
            }
            if (explicitTransaction) {
                explicitTransaction = false;
                for (Connection connection : connections.values()) {
                    connection.setAutoCommit(autoCommit);
                }
            }
        }
    }

    void autoCommit(boolean on) throws SQLException {
        synchronized (transactionLock) {
            explicitTransaction = false;
            autoCommit = on;
            for (Connection connection : connections.values()) {
                connection.setAutoCommit(on);
            }
        }
    }

    void running(String requestId, Statement statement) {
        if (requestId != null) {
            running.put(requestId, statement);
        }
    }

    void finished(String requestId) {
        if (requestId != null) {
            running.remove(requestId);
        }
    }

    /** Cancels the statement of the given request if it is still running. */
    void cancel(String requestId) {
        Statement statement = requestId == null ? null : running.get(requestId);
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                LOG.debug("Cancelling request {} of session {} failed", requestId, id, e);
            }
        }
    }

    /** Cancels every running statement of the session; {@code SYSTEM$CANCEL_ALL_QUERIES}. */
    int cancelAll() {
        List<Statement> statements = new ArrayList<>(running.values());
        statements.forEach(statement -> {
            try {
                statement.cancel();
            } catch (SQLException e) {
                LOG.debug("Cancelling a statement of session {} failed", id, e);
            }
        });
        return statements.size();
    }

    /** Rolls back what is uncommitted and closes the H2 connections. */
    void close() {
        cancelAll();
        connections.values().forEach(this::closeQuietly);
        connections.clear();
        results.clear();
    }

    private void closeQuietly(Connection connection) {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.close();
            }
        } catch (SQLException e) {
            LOG.debug("Closing an H2 connection of session {} failed", id, e);
        }
    }

    @Override
    public String toString() {
        return "EmulatedSession[id=" + id + ", user=" + user + ", state=" + state + "]";
    }
}
