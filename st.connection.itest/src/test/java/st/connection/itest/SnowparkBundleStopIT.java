package st.connection.itest;

import static org.junit.Assert.assertEquals;

import java.lang.ref.WeakReference;
import java.security.Security;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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
import org.osgi.framework.wiring.FrameworkWiring;

import com.snowflake.snowpark_java.Session;

import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Uninstalling the Snowflake connectors' bundle after Snowpark sessions of every kind were used
 * (shared, cached, personal, an asynchronous job) ends every server session, leaves no thread of
 * its own running, and leaves nothing of its own registered with the JVM (JDBC driver, security
 * provider). Its class loader stays reachable through what snowflake-jdbc itself leaves behind: a
 * shutdown hook of its metrics exporter and thread locals on the threads that ran queries (see the
 * README); a JVM restart releases it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SnowparkBundleStopIT extends ITestSupport {

    private static final String PASSWORD = "snowpark-stop-secret";
    /** The driver's telemetry upload threads end 30 s after their last upload. */
    private static final long RELEASE_MILLIS = 45_000;
    /** Threads of the bundles that stay, and Equinox's refresh thread, which the framework keeps for later refreshes. */
    private static final List<String> STAYING = List.of("st.connection", "Ehcache", "snowflake-emulator",
            "BundleWatcher", "Refresh Thread: Equinox Container");

    private SnowflakeEmulator emulator;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(SnowparkBundleStopIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        emulator = SnowflakeEmulator.builder().user("alice", PASSWORD).start();
        emulator.execute("CREATE TABLE IF NOT EXISTS ORDERS(ID NUMBER(10, 0), CUSTOMER VARCHAR)");
        emulator.execute("DELETE FROM ORDERS");
        emulator.execute("INSERT INTO ORDERS VALUES (1, 'ann'), (2, 'bob')");
    }

    @After
    public void stopEmulator() {
        emulator.close();
    }

    @Test
    public void uninstallingTheConnectorsLeavesNoSessionThreadDriverOrProvider() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Bundle connectors = installedBundle("st.connection.snowflake");
        connectors.start();
        await("the snowpark connector is available",
                () -> connections().connectors().stream().anyMatch(c -> c.name().equals("snowpark")));
        WeakReference<ClassLoader> loader = useEverySessionKind();

        connectors.uninstall();
        CountDownLatch refreshed = new CountDownLatch(1);
        context().getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(connectors),
                event -> refreshed.countDown());
        refreshed.await(30, TimeUnit.SECONDS);

        long deadline = System.currentTimeMillis() + RELEASE_MILLIS;
        while (!newThreads(before).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals("threads the connectors started and left", Set.of(), newThreads(before));
        ClassLoader connectorsLoader = loader.get();
        assertEquals("JDBC drivers of the connectors", List.of(), Collections.list(DriverManager.getDrivers()).stream()
                .filter(driver -> driver.getClass().getClassLoader() == connectorsLoader).toList());
        assertEquals("security providers of the connectors", List.of(), Arrays.stream(Security.getProviders())
                .filter(provider -> provider.getClass().getClassLoader() == connectorsLoader).toList());
        assertEquals(0, emulator.openSessionCount());
    }

    /** @return the threads started since, but those of the bundles that stay (core, the emulator, Pax Exam) */
    private static Set<String> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName).filter(name -> STAYING.stream().noneMatch(name::startsWith))
                .collect(Collectors.toSet());
    }

    private WeakReference<ClassLoader> useEverySessionKind() throws Exception {
        Map<String, Object> params = new HashMap<>(Map.of("url", emulator.jdbcUrl(), "account", "emulator",
                "user", "alice", "password", PASSWORD, "ssl", "off"));
        params.put("name", "stop-plain");
        Session plain = SnowparkIT.snowpark(connections().singleton("snowpark", params)).get();
        assertEquals(2, plain.table("ORDERS").count());
        assertEquals(2, plain.table("ORDERS").async().count().getResult().longValue());
        params.putAll(Map.of("name", "stop-cached", "ttl", "600", "cache.scope", "shared"));
        Session cached = SnowparkIT.snowpark(connections().singleton("snowpark", params)).get();
        assertEquals(2, cached.table("ORDERS").collect().length);
        assertEquals(2, cached.table("ORDERS").collect().length);
        LoginForm form = new LoginForm("stop-person", "snowpark", "Snowpark",
                List.of(FormField.text("user", ""), FormField.secret("password")),
                Map.of("url", emulator.jdbcUrl(), "account", "emulator", "ssl", "off"), 60);
        connections().user("stop-person").login(form,
                new HashMap<>(Map.of("user", "alice", "password", PASSWORD.toCharArray())));
        Session personal = SnowparkIT.snowpark(connections().user("stop-person").current("stop-person").orElseThrow())
                .get();
        assertEquals(2, personal.table("ORDERS").collect().length);
        assertEquals(3, emulator.openSessionCount());
        return new WeakReference<>(plain.getClass().getClassLoader());
    }
}
