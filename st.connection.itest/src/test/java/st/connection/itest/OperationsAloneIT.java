package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import st.connection.api.ManagedConnection;

/**
 * The operations bundle in a framework without Event Admin, Felix Health Checks and Felix
 * Inventory: it resolves and starts (those imports are optional), core works as before, and the
 * JMX figures, which need none of them, still count.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OperationsAloneIT extends ITestSupport {

    @Configuration
    public Option[] config() {
        String bundles = System.getProperty("bundles.dir", "target/bundles");
        return options(composite(frameworkFor(OperationsAloneIT.class)),
                bundle("file:" + bundles + "/st.connection.operations.jar"));
    }

    @Test
    public void withoutEventAdminHealthChecksAndInventoryTheBundleStartsAndJmxFiguresCount() throws Exception {
        for (String absent : new String[] {"org.apache.felix.eventadmin", "org.apache.felix.healthcheck.core",
            "org.apache.felix.inventory"}) {
            assertFalse(absent + " is not installed", Arrays.stream(context().getBundles())
                    .anyMatch(bundle -> absent.equals(bundle.getSymbolicName())));
        }
        assertEquals(Bundle.ACTIVE, installedBundle("st.connection.operations").getState());

        try (Connection observer = createDatabase("jdbc:h2:mem:opsalone;DB_CLOSE_DELAY=-1")) {
            org.osgi.service.cm.Configuration configuration = configure("st.connection.singleton", Map.of(
                    "name", "ops-alone", "connector", "jdbc", "url", "jdbc:h2:mem:opsalone", "user", "sa",
                    "password", ADMIN_PASSWORD));
            try {
                ManagedConnection<Connection> shared = jdbc(service(ManagedConnection.class,
                        "(st.connection.name=ops-alone)"));
                assertEquals(3, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
                MBeanServer server = ManagementFactory.getPlatformMBeanServer();
                ObjectName figures = new ObjectName("st.connection:type=SharedConnection,name=ops-alone");
                await("the JMX figures of ops-alone count its open", () -> {
                    try {
                        return server.isRegistered(figures) && (Long) server.getAttribute(figures, "Opens") == 1;
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
                assertEquals("OPEN", server.getAttribute(figures, "State"));
            } finally {
                configuration.delete();
            }
            ObjectName figures = new ObjectName("st.connection:type=SharedConnection,name=ops-alone");
            await("the JMX figures of ops-alone are withdrawn with it",
                    () -> !ManagementFactory.getPlatformMBeanServer().isRegistered(figures));
        }
        assertTrue("core is still there", hasService(st.connection.api.ConnectionService.class, null));
    }
}
