package st.connection.launcher;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.h2.tools.Server;

/**
 * An H2 database served over TCP from the test's JVM, so that the launcher's login form can
 * point at it and the test can watch and kill the sessions it opens, as a database administrator
 * would, through an observer connection.
 */
final class RemoteH2 implements AutoCloseable {

    static final String ADMIN_PASSWORD = "browser-admin-secret";

    private final Server server;
    private final Connection observer;
    private final String url;

    private RemoteH2(Server server, Connection observer, String url) {
        this.server = server;
        this.observer = observer;
        this.url = url;
    }

    /** Starts the server and creates a database with the demo's tables and a user who may read them. */
    static RemoteH2 start(String user, String password) throws IOException, SQLException {
        int port = RunningLauncher.freePort();
        Server server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:browser";
        try {
            Connection observer = DriverManager.getConnection(url + ";DB_CLOSE_DELAY=-1", "sa", ADMIN_PASSWORD);
            try (Statement statement = observer.createStatement()) {
                statement.execute("CREATE TABLE CUSTOMERS(ID INT PRIMARY KEY, NAME VARCHAR(100), CITY VARCHAR(60))");
                statement.execute("CREATE TABLE ORDERS(ID INT PRIMARY KEY, CUSTOMER_ID INT, ORDERED_AT TIMESTAMP, "
                        + "STATUS VARCHAR(12), AMOUNT DECIMAL(12, 2))");
                statement.execute("INSERT INTO CUSTOMERS VALUES (1, 'Kraków Glassworks', 'Kraków'), (2, 'Jura Watches', 'Biel')");
                statement.execute("INSERT INTO ORDERS VALUES (1, 1, TIMESTAMP '2026-04-02 08:10:00', 'SHIPPED', 1980.00), "
                        + "(2, 2, TIMESTAMP '2026-05-06 09:15:00', 'OPEN', 31500.00)");
                statement.execute("CREATE USER " + user + " PASSWORD '" + password + "'");
                statement.execute("GRANT SELECT ON CUSTOMERS, ORDERS TO " + user);
            }
            return new RemoteH2(server, observer, url);
        } catch (SQLException e) {
            server.stop();
            throw e;
        }
    }

    /** @return the URL a client outside this JVM connects with */
    String url() {
        return url;
    }

    /** @return how many sessions the user has open */
    int sessionsOf(String user) throws SQLException {
        try (PreparedStatement count = observer.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE USER_NAME = ?")) {
            count.setString(1, user.toUpperCase(Locale.ROOT));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Closes every session of the user on the server side. */
    void killSessionsOf(String user) throws SQLException {
        try (PreparedStatement sessions = observer.prepareStatement(
                "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE USER_NAME = ?")) {
            sessions.setString(1, user.toUpperCase(Locale.ROOT));
            try (ResultSet rows = sessions.executeQuery(); Statement kill = observer.createStatement()) {
                while (rows.next()) {
                    kill.execute("CALL ABORT_SESSION(" + rows.getInt(1) + ")");
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            observer.close();
        } finally {
            server.stop();
        }
    }
}
