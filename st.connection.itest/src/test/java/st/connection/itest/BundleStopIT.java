package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BundleStopIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:stop;DB_CLOSE_DELAY=-1";

    @Configuration
    public Option[] config() {
        return frameworkFor(BundleStopIT.class);
    }

    @Test
    public void stoppingTheCoreBundleLeavesNoConnectionAndNoThread() throws Exception {
        try (Connection observer = createDatabase(URL)) {
            int sessionsBefore = sessionCount(observer);
            configure("st.connection.singleton", Map.of("name", "stop-configured", "connector", "jdbc", "url", URL,
                    "user", "sa", "password", ADMIN_PASSWORD, "validation.interval", "50"));
            ManagedConnection<?> configured = service(ManagedConnection.class, "(st.connection.name=stop-configured)");
            jdbc(configured).get();
            connections().singleton("jdbc", Map.of("url", URL, "user", "sa", "password", ADMIN_PASSWORD)).get();
            ManagedConnection<?> cached = connections().singleton("jdbc", Map.of("name", "stop-cached", "url", URL,
                    "user", "sa", "password", ADMIN_PASSWORD, "ttl", "60", "cache.scope", "shared"));
            queryInt(jdbc(cached).get(), "SELECT COUNT(*) FROM ITEMS");
            LoginForm form = new LoginForm("stop", "jdbc", "Stop", List.of(FormField.text("user", ""),
                    FormField.secret("password")), Map.of("url", "jdbc:h2:mem:stop"), 0);
            for (int i = 0; i < 5; i++) {
                connections().user("stop-session-" + i)
                        .login(form, new HashMap<>(Map.of("user", "alice", "password", ALICE_PASSWORD)));
            }
            assertEquals(sessionsBefore + 8, sessionCount(observer));
            assertEquals("the validation timer and the result cache's clock", 2, threadsNamed("st.connection"));

            Bundle core = installedBundle("st.connection.core");
            core.stop();

            assertEquals("every H2 session was closed", sessionsBefore, sessionCount(observer));
            await("the validation timer and the cache clock ended", () -> threadsNamed("st.connection") == 0);
            assertFalse("the query cache closed cleanly", logOf(BundleStopIT.class).contains("Close failed"));

            core.start();
            ManagedConnection<?> again = service(ManagedConnection.class, "(st.connection.name=stop-configured)");
            assertEquals(3, queryInt(jdbc(again).get(), "SELECT COUNT(*) FROM ITEMS"));
            assertTrue(sessionCount(observer) > sessionsBefore);
        }
    }
}
