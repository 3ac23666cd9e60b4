package st.connection.snowflake.emulator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Snowflake session: its tokens, its own H2 connection, its current database, schema, warehouse
 * and role, and the statements it is running. Thread safe: the driver may run statements of one
 * session from several threads; the H2 connection serializes them.
 */
final class EmulatedSession {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatedSession.class);

    private final String id;
    private final String user;
    private final String masterToken;
    private final Connection connection;
    private final RequestReplay replay = new RequestReplay();
    private final Map<String, Statement> running = new ConcurrentHashMap<>();

    private volatile String sessionToken;
    private volatile SessionState state = SessionState.ACTIVE;
    private volatile String database;
    private volatile String schema;
    private volatile String warehouse;
    private volatile String role;

    /** Guards the transaction flag together with the connection's auto-commit switch. */
    private final Object transactionLock = new Object();
    private boolean explicitTransaction;

    EmulatedSession(String id, String user, String sessionToken, String masterToken, Connection connection) {
        this.id = id;
        this.user = user;
        this.sessionToken = sessionToken;
        this.masterToken = masterToken;
        this.connection = connection;
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

    Connection connection() {
        return connection;
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

    /** BEGIN: suspends auto-commit until COMMIT or ROLLBACK, as Snowflake does. */
    void beginTransaction() throws SQLException {
        synchronized (transactionLock) {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                explicitTransaction = true;
            }
        }
    }

    void endTransaction(boolean commit) throws SQLException {
        synchronized (transactionLock) {
            if (!connection.getAutoCommit()) {
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
            }
            if (explicitTransaction) {
                explicitTransaction = false;
                connection.setAutoCommit(true);
            }
        }
    }

    void autoCommit(boolean on) throws SQLException {
        synchronized (transactionLock) {
            explicitTransaction = false;
            connection.setAutoCommit(on);
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

    /** Rolls back what is uncommitted and closes the H2 connection. */
    void close() {
        running.values().forEach(statement -> {
            try {
                statement.cancel();
            } catch (SQLException e) {
                LOG.debug("Cancelling a statement of session {} failed", id, e);
            }
        });
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.close();
            }
        } catch (SQLException e) {
            LOG.debug("Closing the H2 connection of session {} failed", id, e);
        }
    }

    @Override
    public String toString() {
        return "EmulatedSession[id=" + id + ", user=" + user + ", state=" + state + "]";
    }
}
