package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.osgi.framework.ServiceRegistration;


/** The application login page and the gate, over plain HTTP, with a protected servlet of the test's own. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GateIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:gate;DB_CLOSE_DELAY=-1";
    private static final String REPORT = "/itest/report?year=2026&city=K%C3%B6ln";
    private static boolean configured;

    private final List<ServiceRegistration<?>> servlets = new ArrayList<>();
    private Connection observer;
    private WebClient browser;

    @Configuration
    public Option[] config() {
        return webFrameworkFor(GateIT.class);
    }

    @Before
    public void setUp() throws Exception {
        startWebBundles();
        observer = createDatabase(URL);
        if (!configured) {
            configured = true;
            configure("st.connection.login", Map.of("name", "gated", "connector", "jdbc", "title", "Reports",
                    "fields", "user,password:secret", "options", "url=jdbc:h2:mem:gate"));
            configure("st.connection.gate", Map.of("patterns", new String[] {"/itest/*"}, "form", "gated"));
        }
        servlets.add(WebTestSupport.currentUserServlet("/itest/*"));
        servlets.add(WebTestSupport.endSessionServlet("/open/end-session"));
        browser = WebClient.applicationUser();
        await("the gate protects /itest", () -> status("/itest/report") == 303);
    }

    @After
    public void tearDown() throws SQLException {
        servlets.forEach(ServiceRegistration::unregister);
        observer.close();
    }

    private int status(String path) {
        try {
            return browser.get(path).statusCode();
        } catch (IOException | InterruptedException notYet) {
            return -1;
        }
    }

    private HttpResponse<String> logIn(String password, String returnTo) throws Exception {
        browser.get("/login?form=gated");
        return browser.post("/login", browser.form("login", "form", "gated", "user", "alice", "password", password,
                "return", returnTo));
    }

    @Test
    public void withoutAConnectionTheServletNeverRunsAndThePersonIsSentToLogInWithTheirAddress() throws Exception {
        int served = ProtectedTestServlets.SERVED.get();
        HttpResponse<String> response = browser.get(REPORT);
        assertEquals(303, response.statusCode());
        assertEquals("/login?form=gated&return=" + WebClient.encode(REPORT), response.headers().firstValue("Location").orElse(""));
        assertEquals("the protected servlet did not run", served, ProtectedTestServlets.SERVED.get());
        HttpResponse<String> page = browser.get("/login?form=gated&return=" + WebClient.encode(REPORT));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<input type='hidden' name='return' value='" + REPORT.replace("&", "&amp;") + "'>"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    public void afterLoggingInThePersonReturnsWhereTheyWereAndTheServletGetsTheirConnection() throws Exception {
        assertEquals("a wrong password stays on the login page", "/login?form=gated&return=" + WebClient.encode(REPORT),
                logIn("wrong", REPORT).headers().firstValue("Location").orElse(""));
        assertTrue(browser.get("/login?form=gated").body().contains("The user name or password is not correct."));

        String sessionBefore = browser.sessionId();
        HttpResponse<String> loggedIn = logIn(ALICE_PASSWORD, REPORT);

        assertEquals(REPORT, loggedIn.headers().firstValue("Location").orElse(""));
        assertFalse("the session id changes on login", sessionBefore.equals(browser.sessionId()));
        HttpResponse<String> report = browser.get(REPORT);
        assertEquals(200, report.statusCode());
        assertEquals("ALICE read 3 items", report.body());
        assertTrue(browser.get("/login?form=gated").body().contains("id='connected-gated'>Connected as <b>alice</b>"));

        browser.post("/login", browser.form("logout", "form", "gated"));
        assertEquals(303, browser.get(REPORT).statusCode());
        assertTrue(browser.get("/login?form=gated").body().contains("You are logged out of Reports."));
    }

    @Test
    public void addressesOnOtherSitesAreNeverReturnedTo() throws Exception {
        for (String elsewhere : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)",
                "/itest/report\r\nSet-Cookie: x=y")) {
            browser.forgetCookies();
            HttpResponse<String> response = logIn(ALICE_PASSWORD, elsewhere);
            assertEquals(elsewhere, "/login?form=gated", response.headers().firstValue("Location").orElse(""));
            browser.post("/login", browser.form("logout", "form", "gated"));
        }
    }

    @Test
    public void aConnectionKilledUnderneathSendsThePersonToLogInAgain() throws Exception {
        logIn(ALICE_PASSWORD, REPORT);
        assertEquals(200, browser.get(REPORT).statusCode());
        killSession(observer, queryInt(observer,
                "SELECT MAX(SESSION_ID) FROM INFORMATION_SCHEMA.SESSIONS WHERE USER_NAME = 'ALICE'"));
        HttpResponse<String> response = browser.get(REPORT);
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").startsWith("/login?form=gated&return="));
        assertTrue("nothing of the page was sent", response.body().isEmpty());
        assertTrue(browser.get("/login?form=gated").body().contains("Your session ended; please log in again."));
    }

    @Test
    public void theEndOfTheHttpSessionClosesThePersonsConnection() throws Exception {
        int before = sessionCount(observer);
        logIn(ALICE_PASSWORD, REPORT);
        assertEquals(before + 1, sessionCount(observer));
        assertEquals(200, browser.get("/open/end-session").statusCode());
        await("the session listener closed the connection", () -> {
            try {
                return sessionCount(observer) == before;
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(303, browser.get(REPORT).statusCode());
    }

    @Test
    public void theLoginPageOffersOnlyTheFormsGatesAskFor() throws Exception {
        assertTrue(browser.get("/login").body().contains("id='login-gated'"));
        HttpResponse<String> jdbc = browser.get("/login?form=jdbc");
        assertEquals(404, jdbc.statusCode());
        assertTrue(jdbc.body().contains("There is no login form named &#39;jdbc&#39; here."));
        assertFalse("the connector default form asks for a URL", jdbc.body().contains("name='url'"));
        browser.post("/login", browser.form("login", "form", "jdbc", "url", URL, "user", "sa", "password", ADMIN_PASSWORD));
        assertTrue(browser.get("/login").body().contains("There is no login form named &#39;jdbc&#39; here."));
        assertEquals(403, WebClient.applicationUser().post("/login", Map.of("action", "login", "form", "gated")).statusCode());
    }

    @Test
    public void malformedGateConfigurationsAreReportedWithPidKeyAndExpectedForm() throws Exception {
        String noSlash = configure("st.connection.gate", Map.of("patterns", "reports", "form", "gated")).getPid();
        String wholeSite = configure("st.connection.gate", Map.of("patterns", "/*", "form", "gated")).getPid();
        String badForm = configure("st.connection.gate", Map.of("patterns", "/x/*", "form", "no such form")).getPid();
        String unknownForm = configure("st.connection.gate", Map.of("patterns", "/y/*", "form", "not-yet")).getPid();
        WebClient admin = WebClient.consoleAdmin();
        await("the panel lists the problems", () -> {
            try {
                String page = admin.get(LoginPanelIT.PANEL).body();
                return page.contains("<td>" + noSlash + "</td><td>patterns</td><td>reports</td><td>servlet URL patterns")
                        && page.contains("<td>" + wholeSite + "</td><td>patterns</td><td>/*</td><td>patterns that leave "
                                + "the login page /login unprotected</td>")
                        && page.contains("<td>" + badForm + "</td><td>form</td><td>no such form</td>")
                        && page.contains("<td>" + unknownForm + "</td><td>form</td><td>not-yet</td><td>the name of an "
                                + "existing login form; waiting for it</td>");
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(logOf(GateIT.class).contains("WARN st.connection.ui.internal.gate.GateRegistry - Configuration problem: "
                + noSlash + ": patterns is 'reports'; expected servlet URL patterns such as /reports, /reports/* or *.report."));
        assertTrue("the check finds a gate's filter", WebTestSupport.hasFilterOn("/itest/*"));
        assertFalse("no filter for a rejected configuration", WebTestSupport.hasFilterOn("/*"));
        assertFalse(WebTestSupport.hasFilterOn("/x/*") || WebTestSupport.hasFilterOn("reports"));
        assertEquals("the login page is never gated", 200, status("/login"));
    }
}
