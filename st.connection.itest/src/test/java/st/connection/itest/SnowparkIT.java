package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import static com.snowflake.snowpark_java.Functions.col;
import static com.snowflake.snowpark_java.Functions.lit;
import static com.snowflake.snowpark_java.Functions.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
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

import com.snowflake.snowpark_java.DataFrame;
import com.snowflake.snowpark_java.Row;
import com.snowflake.snowpark_java.SaveMode;
import com.snowflake.snowpark_java.Session;
import com.snowflake.snowpark_java.types.DataTypes;
import com.snowflake.snowpark_java.types.StructField;
import com.snowflake.snowpark_java.types.StructType;

import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;
import st.connection.snowflake.emulator.SessionExpiry;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * The {@code snowpark} connector in a real framework, through Snowpark and the real driver
 * against the emulator: DataFrames of a shared and of personal sessions, writes, the session's
 * lifecycle (expiry, close, the connector bundle stopping).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SnowparkIT extends ITestSupport {

    private static final String ALICE_PASSWORD = "snowpark-alice-secret";
    private static final String BOB_PASSWORD = "snowpark-bob-secret";

    private SnowflakeEmulator emulator;
    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(SnowparkIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        emulator = SnowflakeEmulator.builder().user("alice", ALICE_PASSWORD).user("bob", BOB_PASSWORD).start();
        emulator.execute("CREATE TABLE IF NOT EXISTS ORDERS(ID NUMBER(10, 0), CUSTOMER VARCHAR, AMOUNT NUMBER(12, 2))");
        emulator.execute("DELETE FROM ORDERS");
        emulator.execute("INSERT INTO ORDERS VALUES (1, 'ann', 10.50), (2, 'bob', 20.00), (3, 'ann', 5.25)");
        emulator.execute("CREATE TABLE IF NOT EXISTS CUSTOMERS(NAME VARCHAR, CITY VARCHAR)");
        emulator.execute("DELETE FROM CUSTOMERS");
        emulator.execute("INSERT INTO CUSTOMERS VALUES ('ann', 'Oslo'), ('bob', 'Lima')");
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

    private ManagedConnection<Session> shared(String name, String... extra) {
        Map<String, Object> params = new HashMap<>(Map.of("name", name, "url", emulator.jdbcUrl(), "account",
                "emulator", "user", "alice", "password", ALICE_PASSWORD, "ssl", "off"));
        for (int i = 0; i < extra.length; i += 2) {
            params.put(extra[i], extra[i + 1]);
        }
        return snowpark(connections().singleton("snowpark", params));
    }

    @SuppressWarnings("unchecked")
    static ManagedConnection<Session> snowpark(ManagedConnection<?> connection) {
        return (ManagedConnection<Session>) connection;
    }

    private LoginForm form() {
        return new LoginForm("snowpark-test", "snowpark", "the warehouse through Snowpark",
                List.of(FormField.text("user", ""), FormField.secret("password")),
                Map.of("url", emulator.jdbcUrl(), "account", "emulator", "ssl", "off"), 0);
    }

    private static List<String> texts(Row[] rows) {
        List<String> texts = new ArrayList<>();
        for (Row row : rows) {
            texts.add(row.toString());
        }
        return texts;
    }

    @Test
    public void dataFramesOfASharedSessionReadAsSnowflakeWould() {
        Session session = shared("sp-frames").get();
        assertEquals(List.of("Row[1,\"ann\"]", "Row[3,\"ann\"]"),
                texts(session.sql("SELECT ID, CUSTOMER FROM ORDERS WHERE CUSTOMER = ? ORDER BY ID", "ann").collect()));
        DataFrame orders = session.table("ORDERS");
        assertEquals(List.of("Row[3,5.25]"), texts(orders.filter(col("AMOUNT").lt(lit(10))).select(col("ID"),
                col("AMOUNT")).collect()));
        assertEquals(List.of("Row[\"ann\",15.75]", "Row[\"bob\",20.00]"), texts(orders.groupBy(col("CUSTOMER"))
                .agg(sum(col("AMOUNT")).as("TOTAL")).sort(col("CUSTOMER")).collect()));
        DataFrame joined = orders.join(session.table("CUSTOMERS"), orders.col("CUSTOMER").equal_to(
                session.table("CUSTOMERS").col("NAME")));
        assertEquals(3, joined.count());
        assertEquals(List.of("Row[2,20.00]"), texts(orders.sort(col("AMOUNT").desc()).limit(1)
                .select(col("ID"), col("AMOUNT")).collect()));
        assertEquals(new BigDecimal("10.50"), orders.sort(col("ID")).first().get().getDecimal(2));
        Iterator<Row> iterator = orders.sort(col("ID")).toLocalIterator();
        int read = 0;
        while (iterator.hasNext()) {
            iterator.next();
            read++;
        }
        assertEquals(3, read);
        assertEquals(5, session.range(5).count());
        orders.show();
    }

    @Test
    public void saveAsTableCacheResultUpdatesAndAsyncJobs() {
        Session session = shared("sp-writes").get();
        session.table("ORDERS").filter(col("CUSTOMER").equal_to(lit("ann"))).write().mode(SaveMode.Overwrite)
                .saveAsTable("ANN_ORDERS");
        assertEquals(2, session.table("ANN_ORDERS").count());
        DataFrame cached = session.table("ORDERS").filter(col("CUSTOMER").equal_to(lit("ann"))).cacheResult();
        assertEquals(2, cached.count());
        assertEquals(3, session.table("ORDERS").async().collect().getResult().length);
        session.table("ORDERS").update(Map.of(col("AMOUNT"), lit(1)), col("ID").equal_to(lit(2)));
        assertEquals(new BigDecimal("1.00"), session.table("ORDERS").filter(col("ID").equal_to(lit(2))).first().get()
                .getDecimal(2));
        session.table("ORDERS").delete(col("ID").equal_to(lit(3)));
        assertEquals(2, session.table("ORDERS").count());
    }

    @Test
    public void createDataFrame() {
        Session session = shared("sp-create").get();
        StructType schema = StructType.create(new StructField("NAME", DataTypes.StringType),
                new StructField("VISITS", DataTypes.IntegerType));
        DataFrame made = session.createDataFrame(new Row[] {Row.create("cy", 3), Row.create("dee", 4)}, schema);
        assertEquals(List.of("Row[\"cy\",3]", "Row[\"dee\",4]"), texts(made.sort(col("NAME")).collect()));
        made.write().mode(SaveMode.Overwrite).saveAsTable("VISITS");
        assertEquals(2, session.table("VISITS").count());
    }

    @Test
    public void peopleReadThroughSessionsOfTheirOwnAndAWrongPasswordIsOneSentence() throws Exception {
        UserConnections ann = connections().user("sp-ann");
        UserConnections bob = connections().user("sp-bob");
        try {
            ann.login(form(), new HashMap<>(Map.of("user", "alice", "password", "not-her-password".toCharArray())));
            fail("a wrong password logged in");
        } catch (LoginFailedException e) {
            assertEquals("The user name or password is not correct.", e.getMessage());
        }
        ann.login(form(), new HashMap<>(Map.of("user", "alice", "password", ALICE_PASSWORD.toCharArray())));
        bob.login(form(), new HashMap<>(Map.of("user", "bob", "password", BOB_PASSWORD.toCharArray())));
        Session annSession = snowpark(ann.current("snowpark-test").orElseThrow()).get();
        Session bobSession = snowpark(bob.current("snowpark-test").orElseThrow()).get();
        assertEquals("alice", annSession.sql("SELECT CURRENT_USER()").collect()[0].getString(0).toLowerCase());
        assertEquals("bob", bobSession.sql("SELECT CURRENT_USER()").collect()[0].getString(0).toLowerCase());
        assertEquals(2, emulator.openSessionCount());
        ann.logout("snowpark-test");
        bob.end();
        await("logging out ended both server sessions", () -> emulator.openSessionCount() == 0);
    }

    @Test
    public void theNextGetAfterTheServerExpiredTheSessionReturnsAFreshSession() {
        ManagedConnection<Session> shared = shared("sp-expiry", "validation.interval", "0");
        assertEquals(3, shared.get().table("ORDERS").count());
        emulator.expireAllSessions(SessionExpiry.NOT_RENEWABLE);
        assertEquals(3, shared.get().table("ORDERS").count());
        assertEquals("it logged in again", 2, emulator.loginCount());
    }

    @Test
    public void aPersonWhoseSessionExpiredIsBackAtTheLoginForm() throws Exception {
        UserConnections person = connections().user("sp-expired");
        person.login(form(), new HashMap<>(Map.of("user", "bob", "password", BOB_PASSWORD.toCharArray())));
        assertTrue("logged in: the session is current before it expires", person.current("snowpark-test").isPresent());
        assertEquals(1, emulator.openSessionCount());
        emulator.expireAllSessions(SessionExpiry.NOT_RENEWABLE);
        await("the expired session is no longer current", () -> person.current("snowpark-test").isEmpty());
        person.end();
    }

    @Test
    public void closingAManagedSessionIsRefusedAndItStaysUsable() {
        Session session = shared("sp-close").get();
        try {
            session.close();
            fail("a managed session closed");
        } catch (RuntimeException e) {
            assertTrue(e.getMessage(), e.getMessage() != null);
        }
        assertEquals(3, shared("sp-close").get().table("ORDERS").count());
    }

    @Test
    public void stoppingTheConnectorBundleEndsEverySessionAndLeavesNoThread() throws Exception {
        long threadsBefore = threadsNamed("snowpark");
        ManagedConnection<Session> shared = shared("sp-stop");
        shared.get().table("ORDERS").async().count().getResult();
        connections().user("sp-stop-person").login(form(),
                new HashMap<>(Map.of("user", "bob", "password", BOB_PASSWORD.toCharArray())));
        assertEquals(2, emulator.openSessionCount());

        connectorBundle.stop();

        await("both server sessions ended", () -> emulator.openSessionCount() == 0);
        await("no Snowpark thread is left", () -> threadsNamed("snowpark") <= threadsBefore);
        assertFalse(connections().user("sp-stop-person").current("snowpark-test").isPresent());
        connectorBundle.start();
    }
}
