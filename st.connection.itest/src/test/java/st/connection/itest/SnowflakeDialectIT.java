package st.connection.itest;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
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
import org.osgi.framework.Bundle;

import st.connection.api.ManagedConnection;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Snowflake's dialect, which the emulator rewrites into calls of its own Java functions that H2
 * loads by class name, through the real driver inside Felix. The emulator starts with a context
 * class loader that sees none of its classes, and one database is created by a session on the
 * emulator's own request threads, so neither test thread nor framework lends H2 a class loader.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SnowflakeDialectIT extends ITestSupport {

    private static final String PASSWORD = "dialect-itest-secret";

    private SnowflakeEmulator emulator;
    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(SnowflakeDialectIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader probe = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            emulator = SnowflakeEmulator.builder().user("alice", PASSWORD).start();
        } finally {
            thread.setContextClassLoader(probe);
        }
        connectorBundle = installedBundle("st.connection.snowflake");
        connectorBundle.start();
        await("the snowflake connector is available",
                () -> connections().connectors().stream().anyMatch(c -> c.name().equals("snowflake")));
    }

    @After
    public void stopEmulator() throws Exception {
        connectorBundle.stop();
        emulator.close();
    }

    private Connection connection(String name) throws SQLException {
        Map<String, Object> params = new HashMap<>(Map.of("url", emulator.jdbcUrl(), "account", "emulator",
                "user", "alice", "password", PASSWORD, "ssl", "off", "name", name));
        ManagedConnection<Connection> shared = connections().singleton("snowflake", params);
        return shared.get();
    }

    @Test
    public void iffDiv0VariantPathsAndGeneratorRunInsideTheFramework() throws Exception {
        Connection connection = connection("sf-dialect");
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table docs(id number, doc variant, amount number(10,2))");
            statement.execute("insert into docs select 1, parse_json('{\"a\":{\"b\":[10,20]}}'), 13.50");
            statement.execute("insert into docs select 2, parse_json('{\"a\":{\"b\":[]}}'), 2.25");
        }
        assertEquals("many", queryString(connection, "select iff(count(*) > 1, 'many', 'few') from docs"));
        assertEquals("0.00000000|2.500000", row(connection, "select div0(amount, 0), div0(10, 4) from docs where id = 1"));
        assertEquals(20, queryInt(connection, "select doc:a.b[1]::number from docs where id = 1"));
        assertEquals("100|4950", row(connection, "select count(*), sum(seq4()) from table(generator(rowcount => 100))"));
    }

    @Test
    public void divisionAverageAndFlattenCallTheirFunctionsToo() throws Exception {
        Connection connection = connection("sf-dialect-more");
        assertEquals("2.500000|1.666667", row(connection,
                "select 10 / 4, (select avg(column1) from values (1), (2), (2))"));
        assertEquals(6, queryInt(connection, "select sum(value::number) from table(flatten(input => parse_json('[1,2,3]')))"));
    }

    @Test
    public void aDatabaseCreatedByASessionGetsTheFunctionsOnTheEmulatorsThreads() throws Exception {
        Connection connection = connection("sf-dialect-db");
        try (Statement statement = connection.createStatement()) {
            statement.execute("create database dialect_db");
        }
        assertEquals("DIALECT_DB|yes|0.000000", row(connection,
                "select current_database(), iff(true, 'yes', 'no'), div0(1, 0)"));
    }

    private static String row(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? "|" : "").append(rows.getString(i));
            }
            return row.toString();
        }
    }
}
