package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;
import st.connection.api.cache.CacheControl;

/**
 * Every write on a cached connection clears what was cached for it, whatever path it takes, and
 * what cannot be answered exactly from the cache is not: proven with H2's own execution counts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WritesInvalidateTheCacheIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1";
    private static final String COUNT = "SELECT COUNT(*) FROM ITEMS";

    private Connection observer;

    @Configuration
    public Option[] config() {
        return frameworkFor(WritesInvalidateTheCacheIT.class);
    }

    @Before
    public void createDatabase() throws SQLException {
        observer = createDatabase(URL);
        try (Statement statement = observer.createStatement()) {
            statement.execute("DELETE FROM ITEMS WHERE ID > 3");
        }
        countExecutions(observer);
    }

    @After
    public void closeObserver() throws SQLException {
        service(QueryCache.class).invalidateAll();
        observer.close();
    }

    private static ManagedConnection<Connection> shared(String name, String scope) {
        return jdbc(connections().singleton("jdbc", Map.of("name", name, "url", URL, "user", "sa", "password",
                ADMIN_PASSWORD, "ttl", "600", "cache.scope", scope)));
    }

    private static void write(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    public void aWriteThroughThePlainViewOfASessionScopedConnectionClearsEachPersonsResults() throws SQLException {
        ManagedConnection<Connection> plain = shared("writes-session", "session");
        ManagedConnection<Connection> alices = connections().user("writes-alice").shared("writes-session");
        int before = executions(observer, COUNT);
        assertEquals(3, queryInt(alices.get(), COUNT));
        assertEquals(3, queryInt(alices.get(), COUNT));
        assertEquals("alice's second read was a hit", before + 1, executions(observer, COUNT));

        write(plain.get(), "INSERT INTO ITEMS VALUES (4, 'four')");
        assertEquals("alice reads the write made through get()", 4, queryInt(alices.get(), COUNT));
        connections().user("writes-alice").end();
    }

    @Test
    public void updatableStatementsAndTheirRowChangesClear() throws SQLException {
        ManagedConnection<Connection> shared = shared("writes-updatable", "shared");
        assertEquals(3, queryInt(shared.get(), COUNT));
        try (Statement updatable = shared.get().createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
                ResultSet.CONCUR_UPDATABLE)) {
            updatable.executeUpdate("INSERT INTO ITEMS VALUES (4, 'four')");
        }
        assertEquals(4, queryInt(shared.get(), COUNT));
        assertEquals("one", queryString(shared.get(), "SELECT NAME FROM ITEMS WHERE ID = 1"));

        try (Statement updatable = shared.get().createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
                ResultSet.CONCUR_UPDATABLE);
                ResultSet rows = updatable.executeQuery("SELECT ID, NAME FROM ITEMS WHERE ID = 1")) {
            assertTrue(rows.next());
            rows.updateString("NAME", "uno");
            rows.updateRow();
        }
        assertEquals("the row changed through the result set is read back", "uno",
                queryString(shared.get(), "SELECT NAME FROM ITEMS WHERE ID = 1"));
        write(shared.get(), "UPDATE ITEMS SET NAME = 'one' WHERE ID = 1");
    }

    @Test
    public void multiStatementTextIsNeitherCachedNorLeftStale() throws SQLException {
        ManagedConnection<Connection> shared = shared("writes-multi", "shared");
        assertEquals(3, queryInt(shared.get(), COUNT));
        try (Statement statement = shared.get().createStatement()) {
            statement.execute("SELECT 1; INSERT INTO ITEMS VALUES (4, 'four')");
        }
        assertEquals("the insert after the select was seen", 4, queryInt(shared.get(), COUNT));
    }

    @Test
    public void functionsEvaluatedAtEachRunAreNeverAnsweredFromTheCache() throws SQLException {
        ManagedConnection<Connection> shared = shared("writes-volatile", "shared");
        String random = "SELECT RAND() FROM ITEMS WHERE ID = 1";
        String first = queryString(shared.get(), random);
        String second = queryString(shared.get(), random);
        assertNotEquals("two draws", first, second);
        assertEquals(2, executions(observer, random));
        String uuid = "SELECT RANDOM_UUID()";
        assertNotEquals(queryString(shared.get(), uuid), queryString(shared.get(), uuid));
    }

    @Test
    public void aPreparedStatementRefusesOtherSqlAsJdbcRequiresAndCachesNothingForIt() throws SQLException {
        ManagedConnection<Connection> shared = shared("writes-prepared", "shared");
        try (PreparedStatement prepared = shared.get().prepareStatement("SELECT NAME FROM ITEMS WHERE ID = 1")) {
            prepared.executeQuery("SELECT NAME FROM ITEMS WHERE ID = 2");
            fail("JDBC forbids executeQuery(String) on a prepared statement");
        } catch (SQLException expected) {
            // as the driver says
        }
        assertEquals("the other SQL's own rows", "two", queryString(shared.get(), "SELECT NAME FROM ITEMS WHERE ID = 2"));
    }

    @Test
    public void aClosedStatementAnswersNothingEvenWhatIsCached() throws SQLException {
        ManagedConnection<Connection> shared = shared("writes-closed", "shared");
        String sql = "SELECT NAME FROM ITEMS WHERE ID = 3";
        assertEquals("three", queryString(shared.get(), sql));
        Statement statement = shared.get().createStatement();
        ResultSet hit = statement.executeQuery(sql);
        statement.close();
        assertTrue("its result set closed with it", hit.isClosed());
        try {
            statement.executeQuery(sql);
            fail("a closed statement answers nothing");
        } catch (SQLException expected) {
            // the driver's own refusal
        }
        assertEquals(1, executions(observer, sql));
    }

    @Test
    public void theRowLimitOfAStatementIsPartOfTheKey() throws SQLException {
        ManagedConnection<Connection> shared = shared("writes-limits", "shared");
        String sql = "SELECT NAME FROM ITEMS ORDER BY ID";
        assertEquals(3, rowsOf(shared.get(), sql, 0));
        assertEquals("one row at most", 1, rowsOf(shared.get(), sql, 1));
        assertEquals(3, rowsOf(shared.get(), sql, 0));
        assertEquals(1, rowsOf(shared.get(), sql, 1));
        assertEquals("limited and unlimited are two results, each read once", 2, executions(observer, sql));
    }

    private static int rowsOf(Connection connection, String sql, int maxRows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(maxRows);
            try (ResultSet rows = statement.executeQuery(sql)) {
                int count = 0;
                while (rows.next()) {
                    count++;
                }
                return count;
            }
        }
    }

    @Test
    public void aRequestCanRefreshOrBypassTheCache() throws SQLException {
        ManagedConnection<Connection> shared = shared("writes-control", "shared");
        assertEquals(3, queryInt(shared.get(), COUNT));
        try (Statement elsewhere = observer.createStatement()) {
            elsewhere.execute("INSERT INTO ITEMS VALUES (4, 'four')");
        }
        assertEquals("a write made elsewhere is not seen before the ttl ends", 3, queryInt(shared.get(), COUNT));
        try (Statement statement = shared.get().createStatement()) {
            statement.unwrap(CacheControl.class).mode(CacheControl.Mode.BYPASS);
            try (ResultSet rows = statement.executeQuery(COUNT)) {
                rows.next();
                assertEquals("bypassing reads the data source", 4, rows.getInt(1));
            }
        }
        assertEquals("bypassing leaves the cache as it was", 3, queryInt(shared.get(), COUNT));
        try (Statement statement = shared.get().createStatement()) {
            statement.unwrap(CacheControl.class).mode(CacheControl.Mode.REFRESH);
            try (ResultSet rows = statement.executeQuery(COUNT)) {
                rows.next();
                assertEquals(4, rows.getInt(1));
            }
        }
        assertEquals("refreshing replaced what was cached", 4, queryInt(shared.get(), COUNT));
    }
}
