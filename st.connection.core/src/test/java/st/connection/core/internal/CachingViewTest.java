package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import st.connection.core.internal.cache.CacheBinding;
import st.connection.core.internal.cache.CacheScope;
import st.connection.core.internal.cache.ConnectionContext;
import st.connection.core.internal.cache.ResultCache;

/** The JDBC view with a cache binding, against H2, counting executions with H2's own statistics. */
class CachingViewTest {

    private ResultCache cache;
    private Connection raw;
    private Connection view;

    @BeforeEach
    void open() throws SQLException {
        cache = new ResultCache(new ConfigurationProblems(), new HashMap<>());
        raw = DriverManager.getConnection("jdbc:h2:mem:caching-view;DB_CLOSE_DELAY=-1", "sa", "");
        try (Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE ITEMS(ID INT PRIMARY KEY, NAME VARCHAR(20))");
            statement.execute("INSERT INTO ITEMS VALUES (1, 'one'), (2, 'two')");
            statement.execute("SET QUERY_STATISTICS TRUE");
        }
        view = JdbcView.connection(raw, failure -> { }, new CacheBinding(new ConnectionContext(cache),
                CacheScope.shared("view"), 60));
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement statement = raw.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        raw.close();
        cache.invalidateAll();
    }

    /** A new statement text each time: H2 reuses the last result of an identical query on its meta tables. */
    private int executions(String sql) throws SQLException {
        try (PreparedStatement statement = raw.prepareStatement("SELECT /* " + System.nanoTime() + " */ "
                + "COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT = ?")) {
            statement.setString(1, sql);
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    private String name(String sql, int id, boolean asLong) throws SQLException {
        try (PreparedStatement statement = view.prepareStatement(sql)) {
            if (asLong) {
                statement.setLong(1, id);
            } else {
                statement.setInt(1, id);
            }
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void typedBindsAreSeparateEntries() throws SQLException {
        String sql = "SELECT NAME FROM ITEMS WHERE ID = ?";
        assertThat(name(sql, 1, false)).isEqualTo("one");
        assertThat(name(sql, 1, false)).isEqualTo("one");
        assertThat(executions(sql)).isEqualTo(1);
        assertThat(name(sql, 1, true)).isEqualTo("one");
        assertThat(name(sql, 2, false)).isEqualTo("two");
        assertThat(executions(sql)).isEqualTo(3);
    }

    @Test
    void writesAreReadBack() throws SQLException {
        String count = "SELECT COUNT(*) FROM ITEMS";
        try (Statement statement = view.createStatement()) {
            ResultSet rows = statement.executeQuery(count);
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
            statement.executeUpdate("INSERT INTO ITEMS VALUES (3, 'three')");
            assertThat(statement.execute(count)).isTrue();
            rows = statement.getResultSet();
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
            assertThat(statement.getUpdateCount()).isEqualTo(-1);
        }
        assertThat(executions(count)).isEqualTo(2);
    }

    @Test
    void aHitOpensNoDriverStatementAndSettingsReachTheOneAMissOpens() throws SQLException {
        AtomicInteger opened = new AtomicInteger();
        Connection counting = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        opened.incrementAndGet();
                    }
                    try {
                        return method.invoke(raw, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Connection countingView = JdbcView.connection(counting, failure -> { },
                new CacheBinding(new ConnectionContext(cache), CacheScope.shared("counting"), 60));
        String sql = "SELECT NAME FROM ITEMS ORDER BY ID";
        for (int i = 0; i < 3; i++) {
            try (Statement statement = countingView.createStatement()) {
                statement.setMaxRows(1);
                statement.setQueryTimeout(5);
                ResultSet rows = statement.executeQuery(sql);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("one");
                assertThat(rows.next()).as("maxRows reached the driver's statement").isFalse();
                assertThat(statement.isClosed()).isFalse();
            }
        }
        assertThat(opened).as("only the miss opened a driver statement").hasValue(1);
        assertThat(executions(sql)).isEqualTo(1);
        Statement closed = countingView.createStatement();
        closed.close();
        assertThat(closed.isClosed()).isTrue();
        assertThatThrownBy(() -> closed.executeUpdate("DELETE FROM ITEMS")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> closed.executeQuery(sql)).as("a hit needs an open statement too")
                .isInstanceOf(SQLException.class);
        assertThat(opened).hasValue(1);
    }
}
