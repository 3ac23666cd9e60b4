package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
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

import st.connection.api.CacheStatistics;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;
import st.connection.snowflake.emulator.SnowflakeEmulator;
import st.connection.testing.ResultSetProbe;
import st.connection.testing.SnowflakeAllTypes;

/**
 * A {@code ttl} changes when Snowflake is asked, never what is read: every Snowflake type the
 * emulator serves (typical values, extremes, empty values, unicode, NULLs), read with every
 * getter through the real snowflake-jdbc driver, gives the same value of the same class (or the
 * same SQLState class) from the driver's own result, a cache miss and a cache hit, also with
 * other session time zones and output formats.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CachedReadsMatchSnowflakeIT extends ITestSupport {

    private static final String PASSWORD = "fidelity-snowflake-secret";

    private SnowflakeEmulator emulator;
    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(CachedReadsMatchSnowflakeIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        emulator = SnowflakeEmulator.builder().user("alice", PASSWORD).start();
        for (String sql : SnowflakeAllTypes.statements("123456789012345678901234567890")) {
            emulator.execute(sql);
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

    private ManagedConnection<Connection> connection(String name, String ttl, Map<String, String> session) {
        Map<String, Object> params = new HashMap<>(Map.of("name", name, "url", emulator.jdbcUrl(), "account",
                "emulator", "user", "alice", "password", PASSWORD, "ssl", "off", "ttl", ttl, "cache.scope", "shared"));
        params.putAll(session);
        return jdbc(connections().singleton("snowflake", params));
    }

    private static List<String> observe(Connection connection) throws SQLException {
        ResultSetProbe probe = SnowflakeAllTypes.readEveryGetter(connection);
        assertEquals("cells read: 15 columns of 4 rows, then of the 3 from ID 2 on", SnowflakeAllTypes.CELLS_READ,
                probe.cellsRead());
        assertTrue("every getter of every cell was read, " + probe.getterCalls(), probe.getterCalls() >= probe.cellsRead() * 80);
        return probe.observations();
    }

    private void assertSameReads(String name, Map<String, String> session) throws SQLException {
        List<String> driver = observe(connection(name + "-plain", "0", session).get());
        ManagedConnection<Connection> cached = connection(name + "-cached", "600", session);
        List<String> miss = observe(cached.get());
        long queriesAfterMiss = emulator.queryCount();
        List<String> hit = observe(cached.get());
        assertEquals("the hits never reached Snowflake", queriesAfterMiss, emulator.queryCount());
        CacheStatistics statistics = service(QueryCache.class).statistics().stream()
                .filter(s -> s.connection().equals(name + "-cached")).findFirst().orElseThrow();
        assertTrue("the second reads were hits: " + statistics, statistics.hits() >= 3);
        assertEquals("a miss reads as the driver:" + ResultSetProbe.describeDifferences(driver, miss), "",
                ResultSetProbe.describeDifferences(driver, miss));
        assertEquals("a hit reads as the driver:" + ResultSetProbe.describeDifferences(driver, hit), "",
                ResultSetProbe.describeDifferences(driver, hit));
    }

    @Test
    public void everyGetterOfEveryTypeReadsAsTheDriver() throws SQLException {
        assertSameReads("sf-fidelity", Map.of());
    }

    @Test
    public void otherSessionTimeZonesAndFormatsReadAsTheDriver() throws SQLException {
        assertSameReads("sf-fidelity-zone", Map.of("TIMEZONE", "Asia/Kolkata",
                "TIMESTAMP_OUTPUT_FORMAT", "YYYY-MM-DD HH24:MI:SS.FF9 TZH:TZM", "DATE_OUTPUT_FORMAT", "DD.MM.YYYY",
                "BINARY_OUTPUT_FORMAT", "BASE64"));
    }
}
