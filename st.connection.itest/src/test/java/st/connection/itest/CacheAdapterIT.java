package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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

import st.connection.api.ConfigurationProblem;
import st.connection.api.ManagedConnection;
import st.connection.example.KeyValueSession;

/**
 * The caching decorator for a connection type that is not JDBC, contributed by a bundle of its
 * own: the example's key-value sessions, and the example cache adapter installed and removed
 * while a connection with a {@code ttl} is in use.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CacheAdapterIT extends ITestSupport {

    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return frameworkFor(CacheAdapterIT.class);
    }

    @Before
    public void installTheConnector() throws Exception {
        connectorBundle = context().installBundle("file:" + System.getProperty("bundles.dir", "target/bundles")
                + "/st.connection.example.jar");
        connectorBundle.start();
        await("the kv connector is available",
                () -> connections().connectors().stream().anyMatch(c -> c.name().equals("kv")));
    }

    @After
    public void uninstallTheConnector() throws Exception {
        connectorBundle.uninstall();
    }

    @SuppressWarnings("unchecked")
    private static ManagedConnection<KeyValueSession> store(String name) {
        return (ManagedConnection<KeyValueSession>) (ManagedConnection<?>) connections().singleton("kv",
                Map.of("name", name, "store", name, "ttl", "600", "cache.scope", "shared"));
    }

    private static boolean hasTtlProblem(String name) {
        return connections().configurationProblems().stream().map(ConfigurationProblem::pid)
                .anyMatch(pid -> pid.contains("'" + name + "'"));
    }

    @Test
    public void anAdapterInstalledAtRunTimeCachesAConnectionInUseAndItsRemovalLeavesItWorkingUncached()
            throws Exception {
        ManagedConnection<KeyValueSession> store = store("kv-runtime");
        store.get().put("greeting", "hello");
        store.get().get("greeting");
        assertTrue("a ttl without an adapter is a configuration problem", hasTtlProblem("kv-runtime"));
        long reads = store.get().storeReads();
        assertEquals("hello", store.get().get("greeting"));
        assertEquals("without an adapter every read reaches the store", reads + 1, store.get().storeReads());

        Bundle adapter = context().installBundle("file:" + System.getProperty("bundles.dir", "target/bundles")
                + "/st.connection.example.cache.jar");
        adapter.start();
        await("the adapter decorates the connection", () -> !hasTtlProblem("kv-runtime"));
        reads = store.get().storeReads();
        assertEquals("hello", store.get().get("greeting"));
        assertEquals("hello", store.get().get("greeting"));
        assertEquals("hello", store.get().get("greeting"));
        assertEquals("one read reached the store, two were hits", reads + 1, store.get().storeReads());

        store.get().put("greeting", "hi");
        assertEquals("a write is read back at once", "hi", store.get().get("greeting"));

        adapter.uninstall();
        assertTrue("the problem is reported again", hasTtlProblem("kv-runtime"));
        assertEquals("the adapter's results went with it", 0, service(st.connection.api.QueryCache.class).statistics()
                .stream().filter(s -> s.connection().equals("kv-runtime")).mapToLong(s -> s.entries()).sum());
        reads = store.get().storeReads();
        assertEquals("hi", store.get().get("greeting"));
        assertEquals("hi", store.get().get("greeting"));
        assertEquals("uncached again, and working", reads + 2, store.get().storeReads());
    }
}
