package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The seed's flow with nothing configured: the example application bundle declares its login form
 * (a {@code LoginForm} service, {@code ttl=60} among its options) and its gated servlet
 * ({@code @RequireLogin}) in code; installing it offers the form, logging in reaches the servlet,
 * its reads are cached, and uninstalling it takes the form, the gate and the people's connections.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApplicationFormIT extends ITestSupport {

    /** The database the example's form names (url=jdbc:h2:mem:demo); kept open by the observer. */
    private static final String URL = "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1";
    private static final String FORM = "example-orders";
    private static final String PAGE = "/example/orders";
    /** The example servlet's query, as H2 counts it. */
    private static final String SQL = "SELECT STATUS, COUNT(*) FROM ORDERS GROUP BY STATUS ORDER BY STATUS";

    @Configuration
    public Option[] config() {
        return webFrameworkFor(ApplicationFormIT.class);
    }

    @Test
    public void anApplicationBundleDeclaresItsFormAndGateInCodeAndTakesThemAndItsPeoplesConnectionsAlongWhenItGoes()
            throws Exception {
        startWebBundles();
        try (Connection observer = ordersDatabase()) {
            countExecutions(observer);
            Bundle application = context().installBundle("file:" + System.getProperty("bundles.dir", "target/bundles")
                    + "/st.connection.example.app.jar");
            application.start();
            WebClient browser = WebClient.applicationUser();
            await("the application's servlet is gated", () -> status(browser, PAGE) == 303);

            HttpResponse<String> sent = browser.get(PAGE);
            assertEquals("/login?form=" + FORM + "&return=" + WebClient.encode(PAGE),
                    sent.headers().firstValue("Location").orElse(""));
            String loginPage = browser.get("/login?form=" + FORM + "&return=" + WebClient.encode(PAGE)).body();
            assertTrue(loginPage, loginPage.contains("id='login-" + FORM + "'"));
            assertTrue(loginPage, loginPage.contains("Orders by status"));
            assertTrue("the console panel offers it too",
                    WebClient.consoleAdmin().get(LoginPanelIT.PANEL).body().contains("id='login-" + FORM + "'"));

            HttpResponse<String> loggedIn = browser.post("/login", browser.form("login", "form", FORM, "user", "alice",
                    "password", ALICE_PASSWORD, "return", PAGE));
            assertEquals(PAGE, loggedIn.headers().firstValue("Location").orElse(""));
            HttpResponse<String> first = browser.get(PAGE);
            HttpResponse<String> second = browser.get(PAGE);
            assertEquals(200, first.statusCode());
            assertEquals("Orders by status, read as alice from Orders by status\nopen: 2\nshipped: 1\n", first.body());
            assertEquals(first.body(), second.body());
            assertEquals("the ttl among the form's options cached the second read", 1, executions(observer, SQL));
            assertEquals(1, aliceSessions(observer));

            application.uninstall();

            await("the form went with its bundle", () -> connections().loginForm(FORM).isEmpty());
            await("alice's connection through it was closed", () -> aliceSessions(observer) == 0);
            assertEquals("the servlet and its gate went too", 404, browser.get(PAGE).statusCode());
            HttpResponse<String> noForm = browser.get("/login?form=" + FORM);
            assertEquals(404, noForm.statusCode());
            assertFalse(noForm.body().contains("id='login-" + FORM + "'"));
        }
    }

    /** The example's tables, in the database its form names: two open orders, one shipped, readable by ALICE. */
    private static Connection ordersDatabase() throws SQLException {
        Connection observer = createDatabase(URL);
        try (Statement statement = observer.createStatement()) {
            statement.execute("CREATE TABLE ORDERS(ID INT PRIMARY KEY, STATUS VARCHAR(20))");
            statement.execute("INSERT INTO ORDERS VALUES (1, 'open'), (2, 'shipped'), (3, 'open')");
            statement.execute("GRANT SELECT ON ORDERS TO ALICE");
        }
        return observer;
    }

    private static int aliceSessions(Connection observer) {
        try {
            return queryInt(observer, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE USER_NAME = 'ALICE'");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static int status(WebClient browser, String path) {
        try {
            return browser.get(path).statusCode();
        } catch (IOException | InterruptedException notYet) {
            return -1;
        }
    }
}
