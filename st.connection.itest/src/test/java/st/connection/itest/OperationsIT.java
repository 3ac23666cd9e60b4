package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.management.ObjectName;

import org.h2.tools.Server;
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

import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;
import st.connection.api.UserConnections;

/**
 * What an operator watches, in a real Felix with Event Admin, Felix Health Checks, the Web Console
 * and the JMX server: a shared connection whose H2 TCP server stops and starts again, people
 * logging in and out, a cache cleared, a connector leaving and coming back. Every event property,
 * health answer and status page is searched for the passwords used.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OperationsIT extends ITestSupport {

    private static final String WRONG_PASSWORD = "wrong-itest-secret";

    private RecordedEvents events;

    @Configuration
    public Option[] config() {
        return secretsFrameworkFor(OperationsIT.class);
    }

    @Before
    public void start() throws Exception {
        allowManyFailedLogins();
        startOperationsBundles();
        events = new RecordedEvents();
    }

    @After
    public void stopListening() {
        events.close();
    }

    @Test
    public void aSharedConnectionGoingDownAndComingBackIsSeenByEventsHealthChecksTheStatusAndJmx() throws Exception {
        Files.writeString(secretsDirectory(OperationsIT.class).toPath().resolve("ops-db"), ADMIN_PASSWORD);
        int port = freeLoopbackPort();
        Server server = h2Server(port);
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:ops;DB_CLOSE_DELAY=-1";
        org.osgi.service.cm.Configuration configuration = configure("st.connection.singleton", Map.of("name", "ops-db",
                "connector", "jdbc", "url", url, "user", "sa", "password", "$[secret:ops-db]",
                "validation.interval", "0"));
        try {
            ManagedConnection<Connection> shared = jdbc(service(ManagedConnection.class, "(st.connection.name=ops-db)"));
            assertEquals(1, queryInt(shared.get(), "SELECT 1"));
            awaitEvent("st/connection/shared/OPENED", "ops-db");
            await("the health check of ops-db is registered",
                    () -> healthBody("ops-db").contains("st.connection shared connection ops-db"));
            HttpResponse<String> up = health("ops-db");
            assertEquals(up.body(), 200, up.statusCode());
            assertTrue(up.body(), up.body().contains("\"overallResult\":\"OK\""));

            server.stop();
            HttpResponse<String> down = health("ops-db");
            assertEquals(down.body(), 503, down.statusCode());
            assertTrue(down.body(), down.body().contains("\"overallResult\":\"CRITICAL\""));
            assertTrue(down.body(), down.body().contains("Could not open the shared connection 'ops-db': The database "
                    + "cannot be reached"));
            awaitEvent("st/connection/shared/FAILED", "ops-db");
            String failedStatus = WebClient.consoleAdmin().get("/system/console/status-st.connection.txt").body();
            assertTrue(failedStatus, failedStatus.contains("ops-db  via jdbc  FAILED"));
            assertTrue(failedStatus, failedStatus.contains("SHARED_FAILED  ops-db"));

            server = h2Server(port);
            await("the health check answers again once the remembered failure is over (retry.delay)",
                    () -> healthBody("ops-db").contains("\"overallResult\":\"WARN\""));
            HttpResponse<String> back = health("ops-db");
            assertEquals(back.body(), 200, back.statusCode());
            assertTrue("reopened recently warns: " + back.body(), back.body().contains("\"overallResult\":\"WARN\""));
            assertTrue(back.body(), back.body().contains("was reopened at"));
            awaitEvent("st/connection/shared/REOPENED", "ops-db");
            String backStatus = WebClient.consoleAdmin().get("/system/console/status-st.connection.json").body();
            assertTrue(backStatus, backStatus.contains("{\"name\":\"ops-db\",\"connector\":\"jdbc\",\"state\":\"OPEN\""));
            assertTrue(backStatus, backStatus.contains("\"type\":\"SHARED_REOPENED\",\"connection\":\"ops-db\""));
            Map<String, String> zip = WebClient.consoleAdmin().getZip("/system/console/config/configuration-status.zip");
            String zipped = zip.entrySet().stream().filter(entry -> entry.getKey().contains("st_connection"))
                    .map(Map.Entry::getValue).reduce("", String::concat);
            assertTrue("the support zip has the failure and the reopen: " + zip.keySet(),
                    zipped.contains("SHARED_FAILED  ops-db") && zipped.contains("SHARED_REOPENED  ops-db"));

            ObjectName figures = new ObjectName("st.connection:type=SharedConnection,name=ops-db");
            assertEquals("OPEN", jmx(figures, "State"));
            assertTrue(((Long) jmx(figures, "Opens")) >= 2);
            assertTrue(((Long) jmx(figures, "Reopens")) >= 1);
            assertTrue(((Long) jmx(figures, "Failures")) >= 1);

            assertNoSecretIn(events.all().toString() + up.body() + down.body() + back.body() + failedStatus + backStatus
                    + String.join("", zip.values()));
        } finally {
            configuration.delete();
            server.stop();
        }
        awaitEvent("st/connection/shared/CLOSED", "ops-db");
        await("the health check of ops-db is withdrawn", () -> !healthBody("ops-db").contains("ops-db"));
    }

    @Test
    public void loginsLogoutsEndedSessionsClearedCachesAndConnectorsArePostedAndCounted() throws Exception {
        String url = "jdbc:h2:mem:opsusers";
        try (Connection observer = createDatabase(url + ";DB_CLOSE_DELAY=-1")) {
            org.osgi.service.cm.Configuration form = configure("st.connection.login", Map.of("name", "ops-h2",
                    "connector", "jdbc", "fields", "user,password:secret", "options", "url=" + url, "ttl", "60"));
            org.osgi.service.cm.Configuration cached = configure("st.connection.singleton", Map.of("name", "ops-cached",
                    "connector", "jdbc", "url", url, "user", "sa", "password", ADMIN_PASSWORD, "ttl", "60",
                    "cache.scope", "shared"));
            try {
                await("the form ops-h2 is there", () -> connections().loginForm("ops-h2").isPresent());
                LoginForm loginForm = connections().loginForm("ops-h2").orElseThrow();
                UserConnections person = connections().user("ops-person");
                try {
                    person.login(loginForm, Map.of("user", "ALICE", "password", WRONG_PASSWORD.toCharArray()));
                    fail("logged in with a wrong password");
                } catch (LoginFailedException expected) {
                    // counted below
                }
                ManagedConnection<Connection> mine = jdbc(person.login(loginForm,
                        Map.of("user", "ALICE", "password", ALICE_PASSWORD.toCharArray())));
                assertEquals(3, queryInt(mine.get(), "SELECT COUNT(*) FROM ITEMS"));
                assertEquals(3, queryInt(mine.get(), "SELECT COUNT(*) FROM ITEMS"));
                person.logout("ops-h2");
                person.login(loginForm, Map.of("user", "ALICE", "password", ALICE_PASSWORD.toCharArray()));
                person.end();

                ManagedConnection<Connection> shared = jdbc(service(ManagedConnection.class,
                        "(st.connection.name=ops-cached)"));
                assertEquals(3, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
                assertEquals(3, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
                service(QueryCache.class).invalidate("ops-cached");

                Bundle connector = installedBundle("st.connection.jdbc");
                connector.stop();
                connector.start();

                Map<String, Object> failed = awaitEvent("st/connection/login/FAILED", "ops-h2");
                assertEquals("ALICE", failed.get("user"));
                assertEquals("jdbc", failed.get("connector"));
                assertEquals("The user name or password is not correct.", failed.get("reason"));
                assertEquals("ALICE", awaitEvent("st/connection/login/SUCCEEDED", "ops-h2").get("user"));
                assertEquals("ALICE", awaitEvent("st/connection/login/LOGGED_OUT", "ops-h2").get("user"));
                assertEquals("ALICE", awaitEvent("st/connection/session/ENDED", "ops-h2").get("user"));
                awaitEvent("st/connection/cache/CLEARED", "ops-cached");
                awaitEvent("st/connection/shared/CLOSED", "ops-cached");
                assertEquals("jdbc", awaitEvent("st/connection/connector/REMOVED", null).get("connector"));
                assertEquals("jdbc", awaitEvent("st/connection/connector/ADDED", null).get("connector"));
                for (Map<String, Object> event : events.all()) {
                    assertTrue("every event has a reason and a time: " + event,
                            event.get("reason") instanceof String && event.get("timestamp") instanceof Long);
                }

                ObjectName formFigures = new ObjectName("st.connection:type=LoginForm,name=ops-h2");
                assertTrue(((Long) jmx(formFigures, "LoginsFailed")) >= 1);
                assertTrue(((Long) jmx(formFigures, "LoginsSucceeded")) >= 2);
                assertTrue(((Long) jmx(formFigures, "CacheHits")) >= 1);
                assertTrue(((Long) jmx(formFigures, "CacheMisses")) >= 1);
                ObjectName sharedFigures = new ObjectName("st.connection:type=SharedConnection,name=ops-cached");
                assertTrue(((Long) jmx(sharedFigures, "CacheHits")) >= 1);
                assertTrue(((Long) jmx(sharedFigures, "CacheMisses")) >= 1);
                assertTrue(((Double) jmx(sharedFigures, "CacheMeanMissMillis")) > 0);

                assertNoSecretIn(events.all().toString());
            } finally {
                cached.delete();
                form.delete();
            }
        }
    }

    @Test
    public void configurationProblemsWarnInTheHealthCheckAndTheConsoleShowsTheChecks() throws Exception {
        HttpResponse<String> fine = health("configuration");
        assertTrue(fine.body(), fine.body().contains("\"overallResult\":\"OK\""));
        org.osgi.service.cm.Configuration rejected = configure("st.connection.singleton", Map.of("name", "ops-bad",
                "connector", "jdbc", "url", "jdbc:h2:mem:opsbad", "ttl", "-1"));
        try {
            await("the problem is reported", () -> connections().configurationProblems().stream()
                    .anyMatch(problem -> problem.pid().equals(rejected.getPid()) && problem.key().equals("ttl")));
            HttpResponse<String> warned = health("configuration");
            assertEquals(200, warned.statusCode());
            assertTrue(warned.body(), warned.body().contains("\"overallResult\":\"WARN\""));
            assertTrue(warned.body(), warned.body().contains("ttl is '-1'; expected a whole number of seconds"));

            String console = WebClient.consoleAdmin().get("/system/console/healthcheck?tags=st.connection").body();
            assertTrue(console, console.contains("st.connection configuration"));
            assertTrue(console, console.contains("ttl is &#39;-1&#39;") || console.contains("ttl is '-1'"));
        } finally {
            rejected.delete();
        }
    }

    @Test
    public void jmxFiguresOfASharedConnectionsCacheMoveWithEntriesBytesAndEvictions() throws Exception {
        String url = "jdbc:h2:mem:opsbounded;DB_CLOSE_DELAY=-1";
        try (Connection observer = createDatabase(url); Statement setup = observer.createStatement()) {
            setup.execute("CREATE TABLE WIDE(ID INT PRIMARY KEY, TEXT VARCHAR(2000))");
            setup.execute("INSERT INTO WIDE SELECT X, REPEAT('x', 1000) FROM SYSTEM_RANGE(1, 300)");
            boundTheCache(Map.of("heap.megabytes", "1"));
            await("the cache is rebuilt with 1 MB", () -> logOf(OperationsIT.class).contains("1 MB of heap"));
            org.osgi.service.cm.Configuration bounded = configure("st.connection.singleton", Map.of("name",
                    "ops-bounded", "connector", "jdbc", "url", url, "user", "sa", "password", ADMIN_PASSWORD,
                    "ttl", "600", "cache.scope", "shared"));
            try {
                ManagedConnection<Connection> shared = jdbc(service(ManagedConnection.class,
                        "(st.connection.name=ops-bounded)"));
                ObjectName figures = new ObjectName("st.connection:type=SharedConnection,name=ops-bounded");
                await("the JMX figures of ops-bounded are registered",
                        () -> ManagementFactory.getPlatformMBeanServer().isRegistered(figures));
                assertEquals(0L, jmx(figures, "CacheEntries"));
                assertEquals(0L, jmx(figures, "CacheEvictions"));

                assertEquals(100, readAll(shared.get(), "SELECT ID, TEXT FROM WIDE WHERE ID > 0 ORDER BY ID LIMIT 100"));
                await("one entry", () -> jmxLong(figures, "CacheEntries") == 1);
                long oneResult = jmxLong(figures, "CacheBytes");
                assertTrue("100 rows of 1000 characters: " + oneResult, oneResult > 100_000);

                for (int i = 1; i < 40; i++) {
                    assertEquals(100, readAll(shared.get(), "SELECT ID, TEXT FROM WIDE WHERE ID > " + i
                            + " ORDER BY ID LIMIT 100"));
                }
                await("40 results of about 200 KB in 1 MB are evicted", () -> jmxLong(figures, "CacheEvictions") >= 30);
                assertTrue((Long) jmx(figures, "CacheBytes") <= 1024 * 1024);
                assertTrue((Long) jmx(figures, "CacheEntries") >= 1);
                assertEquals(40L, jmx(figures, "CacheMisses"));
            } finally {
                bounded.delete();
                boundTheCache(Map.of());
            }
        }
    }

    private static void boundTheCache(Map<String, Object> properties) throws Exception {
        service(ConfigurationAdmin.class).getConfiguration("st.connection.cache", "?").update(new Hashtable<>(properties));
    }

    private static int readAll(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int count = 0;
            while (rows.next()) {
                rows.getString(2);
                count++;
            }
            return count;
        }
    }

    private Map<String, Object> awaitEvent(String topic, String connection) throws InterruptedException {
        await(topic + " of " + connection + " among " + events.all(), () -> !events.of(topic, connection).isEmpty());
        List<Map<String, Object>> found = events.of(topic, connection);
        return found.get(found.size() - 1);
    }

    /** @return the health checks of a tag, run now, as JSON (as a monitoring system would ask) */
    private static HttpResponse<String> health(String tag) throws Exception {
        return WebClient.applicationUser().get(HEALTH_PATH + "?tags=" + tag + "&format=json&forceInstantExecution=true");
    }

    private static String healthBody(String tag) {
        try {
            return health(tag).body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Object jmx(ObjectName name, String attribute) throws Exception {
        return ManagementFactory.getPlatformMBeanServer().getAttribute(name, attribute);
    }

    private static long jmxLong(ObjectName name, String attribute) {
        try {
            return (Long) jmx(name, attribute);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertNoSecretIn(String text) {
        for (String secret : new String[] {ADMIN_PASSWORD, ALICE_PASSWORD, WRONG_PASSWORD}) {
            assertFalse("a secret in: " + text, text.contains(secret));
        }
    }

    private static Server h2Server(int port) throws Exception {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
    }

    private static int freeLoopbackPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
