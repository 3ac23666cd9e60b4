package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

import st.connection.api.ManagedConnection;

/**
 * The README's main usage with a {@code ttl}: a servlet reading through a configured shared
 * connection it got as a service ({@code @Reference ManagedConnection}), with the default
 * {@code cache.scope=session}. Each person's reads are cached for that person, while their request
 * is served; requests without a session are nobody's and are not cached.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersonScopeIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:person-scope;DB_CLOSE_DELAY=-1";
    private static final String REPORT = "SELECT COUNT(*) FROM ITEMS WHERE ID > 0";

    private Connection observer;
    private ServiceRegistration<Servlet> servlet;
    private org.osgi.service.cm.Configuration configuration;

    @Configuration
    public Option[] config() {
        return webFrameworkFor(PersonScopeIT.class);
    }

    /** An application servlet: the shared connection is a service it was given, as with {@code @Reference}. */
    private static final class ReportServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient ManagedConnection<Connection> report;

        ReportServlet(ManagedConnection<Connection> report) {
            this.report = report;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (request.getParameter("start") != null) {
                request.getSession(true);
            }
            try {
                response.getWriter().write("items: " + queryInt(report.get(), REPORT));
            } catch (SQLException e) {
                response.sendError(500, "query failed");
            }
        }
    }

    @Before
    public void start() throws Exception {
        startWebBundles();
        observer = createDatabase(URL);
        countExecutions(observer);
        configuration = configure("st.connection.singleton", Map.of("name", "report", "connector", "jdbc", "url", URL,
                "user", "sa", "password", ADMIN_PASSWORD, "ttl", "600"));
        ManagedConnection<Connection> report = jdbc(service(ManagedConnection.class, "(st.connection.name=report)"));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", "/report");
        servlet = context().registerService(Servlet.class, new ReportServlet(report), properties);
        WebClient probe = WebClient.applicationUser();
        await("the report servlet is served", () -> {
            try {
                return probe.get("/report").statusCode() == 200;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
    }

    @After
    public void stop() throws Exception {
        servlet.unregister();
        configuration.delete();
        observer.close();
    }

    @Test
    public void eachPersonsReadsThroughAServiceAreCachedForThatPersonAlone() throws Exception {
        int before = executions(observer, REPORT);
        WebClient alice = WebClient.applicationUser();
        WebClient bob = WebClient.applicationUser();
        assertEquals("items: 3", alice.get("/report?start").body());
        assertEquals("items: 3", bob.get("/report?start").body());
        int started = executions(observer, REPORT);

        for (int i = 0; i < 3; i++) {
            assertEquals("items: 3", alice.get("/report").body());
            assertEquals("items: 3", bob.get("/report").body());
        }
        assertEquals("one read each, then their own hits", started + 2, executions(observer, REPORT));
        assertTrue("the first requests had no session yet, so they were not cached", started - before == 2);

        WebClient anonymous = WebClient.applicationUser();
        anonymous.get("/report");
        anonymous.get("/report");
        assertEquals("requests without a session are not cached", started + 4, executions(observer, REPORT));
    }
}
