package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import static com.snowflake.snowpark_java.Functions.col;
import static com.snowflake.snowpark_java.Functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import org.osgi.service.cm.ConfigurationAdmin;

import com.snowflake.snowpark_java.DataFrame;
import com.snowflake.snowpark_java.Row;
import com.snowflake.snowpark_java.SaveMode;
import com.snowflake.snowpark_java.Session;

import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;
import st.connection.snowflake.emulator.SnowflakeEmulator;
import st.connection.testing.SnowflakeAllTypes;

/**
 * The cached twin of a Snowpark session: with a {@code ttl}, DataFrame actions are answered from
 * the cache exactly as Snowflake answered them, never across people, and every way Snowpark writes
 * makes the next read go to Snowflake again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SnowparkCacheIT extends ITestSupport {

    private static final String PASSWORD = "snowpark-cache-secret";
    private static final String BOB_PASSWORD = "snowpark-cache-bob";

    private SnowflakeEmulator emulator;
    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(SnowparkCacheIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        emulator = SnowflakeEmulator.builder().user("alice", PASSWORD).user("bob", BOB_PASSWORD).start();
        for (String sql : SnowflakeAllTypes.statements("1234567890123456789")) {
            emulator.execute(sql);
        }
        emulator.execute("CREATE TABLE IF NOT EXISTS ORDERS(ID NUMBER(10, 0), CUSTOMER VARCHAR, AMOUNT NUMBER(12, 2))");
        emulator.execute("DELETE FROM ORDERS");
        emulator.execute("INSERT INTO ORDERS VALUES (1, 'ann', 10.50), (2, 'bob', 20.00), (3, 'ann', 5.25)");
        emulator.execute("CREATE TABLE IF NOT EXISTS CUSTOMERS_OF_ORDERS_PROBE(NAME VARCHAR)");
        emulator.execute("DELETE FROM CUSTOMERS_OF_ORDERS_PROBE");
        emulator.execute("INSERT INTO CUSTOMERS_OF_ORDERS_PROBE VALUES ('ann'), ('bob'), ('cy')");
        connectorBundle = installedBundle("st.connection.snowflake");
        connectorBundle.start();
        await("the snowpark connector is available",
                () -> connections().connectors().stream().anyMatch(c -> c.name().equals("snowpark")));
    }

    @After
    public void stopEmulator() throws Exception {
        connectorBundle.stop();
        emulator.close();
    }

    private Session session(String name, String ttl) {
        Map<String, Object> params = new HashMap<>(Map.of("name", name, "url", emulator.jdbcUrl(), "account",
                "emulator", "user", "alice", "password", PASSWORD, "ssl", "off", "ttl", ttl, "cache.scope", "shared"));
        return SnowparkIT.snowpark(connections().singleton("snowpark", params)).get();
    }

    /** Every action a person reads a DataFrame with, observed with every getter. */
    private static List<String> observe(Session session) {
        List<String> observations = new ArrayList<>();
        Function<Session, DataFrame> table = s -> s.table("ALL_TYPES").sort(col("ID"));
        observations.addAll(SnowparkRowProbe.observe(table.apply(session).collect()));
        observations.addAll(SnowparkRowProbe.observe(session.sql("SELECT * FROM ALL_TYPES WHERE ID >= ? ORDER BY ID", 2)
                .collect()));
        List<Row> iterated = new ArrayList<>();
        table.apply(session).toLocalIterator().forEachRemaining(iterated::add);
        observations.addAll(SnowparkRowProbe.observe(iterated.toArray(new Row[0])));
        observations.addAll(SnowparkRowProbe.observe(new Row[] {table.apply(session).first().get()}));
        observations.add("count " + table.apply(session).count());
        return observations;
    }

    private static String outcome(java.util.function.Supplier<Object> read) {
        try {
            return SnowparkRowProbe.describe(read.get());
        } catch (Exception e) {
            return "! " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    public void everyTypeReadsAsWithoutACacheOnMissAndHit() {
        List<String> plain = observe(session("spc-plain", "0"));
        Session cached = session("spc-cached", "600");
        List<String> miss = observe(cached);
        long queries = emulator.queryCount();
        List<String> hit = observe(cached);
        assertEquals("the hits never reached Snowflake", queries, emulator.queryCount());
        assertEquals("observations: 4 + 3 + 4 + 1 rows read, each a line and 15 cells by 21 getters, and the count",
                (4 + 3 + 4 + 1) * (1 + 15 * 21) + 1, plain.size());
        assertEquals("a miss reads as Snowpark does:" + SnowparkRowProbe.differences(plain, miss), "",
                SnowparkRowProbe.differences(plain, miss));
        assertEquals("a hit reads as Snowpark does:" + SnowparkRowProbe.differences(plain, hit), "",
                SnowparkRowProbe.differences(plain, hit));
        String tooLarge = "SELECT CAST(123456789012345678901234567890 AS NUMBER(38, 0)) AS N";
        String failure = outcome(() -> session("spc-plain", "0").sql(tooLarge).collect()[0].get(0));
        assertTrue(failure, failure.startsWith("! "));
        assertEquals("a failed read fails alike, and again", failure, outcome(() -> cached.sql(tooLarge).collect()[0].get(0)));
        assertEquals(failure, outcome(() -> cached.sql(tooLarge).collect()[0].get(0)));
    }

    @Test
    public void aReaderChangingItsRowsChangesNobodyElses() {
        Session cached = session("spc-scribble", "600");
        List<String> first = SnowparkRowProbe.observe(cached.table("ALL_TYPES").sort(col("ID")).collect());
        SnowparkRowProbe.scribbleOn(cached.table("ALL_TYPES").sort(col("ID")).collect());
        Iterator<Row> rows = cached.table("ALL_TYPES").sort(col("ID")).toLocalIterator();
        List<Row> iterated = new ArrayList<>();
        rows.forEachRemaining(iterated::add);
        SnowparkRowProbe.scribbleOn(iterated.toArray(new Row[0]));
        List<String> later = SnowparkRowProbe.observe(cached.table("ALL_TYPES").sort(col("ID")).collect());
        assertEquals(SnowparkRowProbe.differences(first, later), "", SnowparkRowProbe.differences(first, later));
    }

    @Test
    public void showAndTheOtherActionsOfAHitNeverReachSnowflake() {
        Session cached = session("spc-actions", "600");
        DataFrame orders = cached.table("ORDERS").filter(col("AMOUNT").gt(lit(6))).sort(col("ID"));
        orders.show();
        orders.collect();
        orders.count();
        orders.first();
        orders.toLocalIterator().forEachRemaining(row -> { });
        long queries = emulator.queryCount();
        cached.table("ORDERS").filter(col("AMOUNT").gt(lit(6))).sort(col("ID")).show();
        orders.collect();
        orders.count();
        orders.first();
        orders.toLocalIterator().forEachRemaining(row -> { });
        assertEquals(queries, emulator.queryCount());
    }

    private long queriesFor(Runnable read) {
        long before = emulator.queryCount();
        read.run();
        return emulator.queryCount() - before;
    }

    private static long orderCount(Session session) {
        return session.table("ORDERS").count();
    }

    @Test
    public void everyWaySnowparkWritesMakesTheNextReadGoToSnowflake() {
        Session cached = session("spc-writes", "600");
        assertEquals(3, orderCount(cached));
        assertEquals("cached", 0, queriesFor(() -> orderCount(cached)));

        cached.sql("INSERT INTO ORDERS VALUES (4, 'cy', 1.00)").collect();
        assertEquals(4, orderCount(cached));

        cached.table("ORDERS").filter(col("ID").equal_to(lit(4))).write().mode(SaveMode.Append).saveAsTable("ORDERS");
        assertEquals(5, orderCount(cached));

        cached.table("ORDERS").delete(col("ID").equal_to(lit(4)));
        assertEquals(3, orderCount(cached));

        cached.table("ORDERS").update(Map.of(col("CUSTOMER"), lit("dan")), col("ID").equal_to(lit(1)));
        assertEquals(1, cached.table("ORDERS").filter(col("CUSTOMER").equal_to(lit("dan"))).count());

        cached.table("ORDERS").merge(cached.table("ORDERS").filter(col("ID").equal_to(lit(2))),
                cached.table("ORDERS").col("ID").equal_to(lit(2))).whenMatched().delete().collect();
        assertEquals(2, orderCount(cached));

        cached.table("ORDERS").async().count().getResult();
        cached.table("ORDERS").async().delete(col("ID").equal_to(lit(3))).getResult();
        assertEquals(1, orderCount(cached));

        cached.sql("ALTER SESSION SET TIMEZONE = 'Asia/Kolkata'").collect();
        assertEquals("a session change drops what was read before", 1, queriesFor(() -> orderCount(cached)));
    }

    /** A hit within a time to live no read can outlast; then a read past a one-second one, polled, not slept for. */
    @Test
    public void aResultIsReadAgainOnceItsTimeToLiveIsOver() throws InterruptedException {
        Session cached = session("spc-ttl-hit", "600");
        orderCount(cached);
        assertEquals(0, queriesFor(() -> orderCount(cached)));

        Session expiring = session("spc-ttl", "1");
        long firstRead = System.nanoTime();
        orderCount(expiring);
        await("the one second time to live ends and the read reaches Snowflake again", () -> {
            long before = System.nanoTime();
            if (queriesFor(() -> orderCount(expiring)) == 0) {
                return false;
            }
            assertTrue("read again only after the time to live", before - firstRead >= 1_000_000_000L);
            return true;
        });
    }

    @Test
    public void peopleNeverSeeEachOthersResults() throws Exception {
        LoginForm form = new LoginForm("snowpark-cached", "snowpark", "the warehouse, cached",
                List.of(FormField.text("user", ""), FormField.secret("password")),
                Map.of("url", emulator.jdbcUrl(), "account", "emulator", "ssl", "off"), 600);
        UserConnections ann = connections().user("spc-ann");
        UserConnections bob = connections().user("spc-bob");
        ann.login(form, new HashMap<>(Map.of("user", "alice", "password", PASSWORD.toCharArray())));
        bob.login(form, new HashMap<>(Map.of("user", "bob", "password", BOB_PASSWORD.toCharArray())));
        Session annSession = SnowparkIT.snowpark(ann.current("snowpark-cached").orElseThrow()).get();
        Session bobSession = SnowparkIT.snowpark(bob.current("snowpark-cached").orElseThrow()).get();
        String whoAmI = "SELECT CURRENT_USER()";
        assertEquals(1, queriesFor(() -> annSession.sql(whoAmI).collect()));
        assertEquals("bob's first read is his own", 1, queriesFor(() -> bobSession.sql(whoAmI).collect()));
        assertEquals(0, queriesFor(() -> bobSession.sql(whoAmI).collect()));
        assertEquals("BOB", bobSession.sql(whoAmI).collect()[0].getString(0).toUpperCase());
        assertEquals("ALICE", annSession.sql(whoAmI).collect()[0].getString(0).toUpperCase());
        ann.end();
        bob.end();
    }

    @Test
    public void resultsLargerThanTheCacheKeepsAreServedWholeAndNotKept() throws Exception {
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        admin.getConfiguration("st.connection.cache", "?").update(new Hashtable<>(Map.of("max.rows", "2")));
        try {
            Session cached = session("spc-large", "600");
            await("the cache keeps at most 2 rows", () -> queriesFor(() -> cached.table("CUSTOMERS_OF_ORDERS_PROBE")
                    .collect()) == 1 && queriesFor(() -> cached.table("CUSTOMERS_OF_ORDERS_PROBE").collect()) == 1);
            for (int round = 0; round < 2; round++) {
                assertEquals(1, queriesFor(() -> assertEquals(3, cached.table("ORDERS").collect().length)));
                List<Row> iterated = new ArrayList<>();
                assertEquals(1, queriesFor(() -> cached.table("ORDERS").toLocalIterator().forEachRemaining(iterated::add)));
                assertEquals(3, iterated.size());
            }
        } finally {
            admin.getConfiguration("st.connection.cache", "?").delete();
        }
    }
}
