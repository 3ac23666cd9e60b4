package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
        allowManyFailedLogins();
        startWebBundles();
        observer = createDatabase(URL);
        if (!configured) {
            configured = true;
            configure("st.connection.login", Map.of("name", "gated", "connector", "jdbc", "title", "Reports",
                    "fields", "user,password:secret", "options", "url=jdbc:h2:mem:gate"));
            configure("st.connection.gate", Map.of("patterns", new String[] {"/itest/*", "/itest-wrapped/*"}, "form", "gated"));
        }
        servlets.add(WebTestSupport.currentUserServlet("/itest/*"));
        servlets.add(WebTestSupport.endSessionServlet("/open/end-session"));
        servlets.add(WebTestSupport.forwardingServlet("/open/forward"));
        servlets.add(WebTestSupport.includingServlet("/open/include"));
        servlets.add(WebTestSupport.wrappingServlet("/itest-wrapped/*"));
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
        String connected = browser.get("/login?form=gated").body();
        assertTrue(connected, connected.contains("id='connected-gated'>You are logged in to Reports as <b>alice</b> since "));
        assertTrue("the way back to the application, from its gate", connected.contains("<a id='continue' href='/itest'>"));
        assertFalse("application users are not told the connector", connected.contains("jdbc"));

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
        HttpResponse<String> refused = browser.post("/login", browser.form("login", "form", "jdbc", "url", URL, "user", "sa",
                "password", ADMIN_PASSWORD));
        assertEquals("/login?form=jdbc", refused.headers().firstValue("Location").orElse(""));
        assertTrue(browser.get("/login?form=jdbc").body().contains("There is no login form named &#39;jdbc&#39; here."));
        HttpResponse<String> tokenless = WebClient.applicationUser().post("/login", Map.of("action", "login", "form", "gated"));
        assertEquals(303, tokenless.statusCode());
        assertEquals("/login?form=gated&expired", tokenless.headers().firstValue("Location").orElse(""));
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

    @Test
    public void lookingAtTheLoginPageStartsNoSessionNotEvenTenThousandTimes() throws Exception {
        ServiceRegistration<?> counter = WebTestSupport.sessionCounter();
        try {
            int before = WebTestSupport.sessionsCreated();
            await("the counter sees the session a login attempt starts", () -> {
                try {
                    WebClient attempt = WebClient.applicationUser();
                    attempt.get("/login?form=gated");
                    attempt.post("/login", attempt.form("login", "form", "gated", "user", "alice", "password", "wrong"));
                    return WebTestSupport.sessionsCreated() > before;
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
            int counted = WebTestSupport.sessionsCreated();
            List<Thread> visitors = new ArrayList<>();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            for (int v = 0; v < 4; v++) {
                Thread visitor = new Thread(() -> {
                    WebClient anonymous = WebClient.applicationUser();
                    try {
                        for (int i = 0; i < 2500; i++) {
                            if (i % 100 == 0) {
                                anonymous.forgetCookies();
                            }
                            HttpResponse<String> page = anonymous.get(i % 2 == 0 ? "/login"
                                    : "/login?form=gated&return=" + WebClient.encode(REPORT));
                            assertEquals(200, page.statusCode());
                            assertEquals(303, anonymous.get(REPORT).statusCode());
                        }
                        assertEquals(null, anonymous.sessionId());
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                visitor.start();
                visitors.add(visitor);
            }
            for (Thread visitor : visitors) {
                visitor.join();
            }
            assertEquals(List.of(), failures);
            assertEquals("sessions started by 10,000 looks at the login page and 10,000 gated requests", counted,
                    WebTestSupport.sessionsCreated());
        } finally {
            counter.unregister();
        }
    }

    @Test
    public void withoutASessionOnlyThePagesOwnSignedTokenIsAccepted() throws Exception {
        WebClient mallory = WebClient.applicationUser();
        mallory.get("/login?form=gated");
        String stolen = mallory.csrfToken();
        browser.get("/login?form=gated");
        Map<String, String> login = browser.form("login", "form", "gated", "user", "alice", "password", ALICE_PASSWORD);
        login.put("csrf", stolen);
        assertRefused("another visitor's token", browser.post("/login", login));
        WebClient forger = WebClient.applicationUser();
        forger.setCookie("st-login-csrf", "forged.token", "/login");
        login.put("csrf", "forged.token");
        assertRefused("a token the server did not sign", forger.post("/login", login));
        login.put("csrf", stolen.substring(0, stolen.indexOf('.')) + ".AAAA");
        forger.setCookie("st-login-csrf", login.get("csrf"), "/login");
        assertRefused("a value with a wrong signature", forger.post("/login", login));
        assertEquals("no session was started by the refusals", null, browser.sessionId());
        assertEquals(null, forger.sessionId());
        assertEquals("nothing was logged in", 303, browser.get(REPORT).statusCode());
        browser.get("/login?form=gated");
        login.put("csrf", browser.csrfToken());
        assertEquals(303, browser.post("/login", login).statusCode());
        assertEquals(200, browser.get(REPORT).statusCode());
    }

    /** A refused post does nothing and leads to the login page again, which says why: never a bare 403. */
    private static void assertRefused(String why, HttpResponse<String> response) {
        assertEquals(why, 303, response.statusCode());
        assertTrue(why, response.headers().firstValue("Location").orElse("").matches("/login\\?form=gated&(return=[^&]+&)?expired"));
    }

    @Test
    public void aFormLeftOpenAfterItsSessionEndedShowsThePageAgainWithOneSentenceAndAFreshToken() throws Exception {
        browser.get("/login?form=gated&return=" + WebClient.encode(REPORT));
        browser.post("/login", browser.form("login", "form", "gated", "user", "alice", "password", "wrong"));
        browser.get("/login?form=gated&return=" + WebClient.encode(REPORT));
        Map<String, String> leftOpen = browser.form("login", "form", "gated", "user", "alice", "password", ALICE_PASSWORD,
                "return", REPORT);
        int sessions = sessionCount(observer);
        assertEquals(200, browser.get("/open/end-session").statusCode());

        HttpResponse<String> submitted = browser.post("/login", leftOpen);

        assertEquals(303, submitted.statusCode());
        String again = "/login?form=gated&return=" + WebClient.encode(REPORT) + "&expired";
        assertEquals(again, submitted.headers().firstValue("Location").orElse(""));
        assertEquals("nothing was logged in", sessions, sessionCount(observer));
        HttpResponse<String> page = browser.get(again);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("id='page-notice' role='status'>Your page had expired; please log in "
                + "again.</p>"));
        assertFalse("a fresh token", browser.csrfToken().equals(leftOpen.get("csrf")));
        assertTrue(page.body().contains("<input type='hidden' name='return' value='" + REPORT.replace("&", "&amp;") + "'>"));

        HttpResponse<String> loggedIn = browser.post("/login", browser.form("login", "form", "gated", "user", "alice",
                "password", ALICE_PASSWORD, "return", REPORT));
        assertEquals(REPORT, loggedIn.headers().firstValue("Location").orElse(""));
        assertEquals(200, browser.get(REPORT).statusCode());
    }

    @Test
    public void theCsrfTokenIsNewAfterLoginWithTheSessionIdAndTheOldOnesAreRefused() throws Exception {
        browser.get("/login?form=gated");
        String anonymous = browser.csrfToken();
        browser.post("/login", browser.form("login", "form", "gated", "user", "alice", "password", "wrong"));
        browser.get("/login?form=gated");
        String beforeLogin = browser.csrfToken();
        String sessionBefore = browser.sessionId();
        assertFalse("a failed login starts the session, with its own token", beforeLogin.equals(anonymous));

        browser.post("/login", browser.form("login", "form", "gated", "user", "alice", "password", ALICE_PASSWORD));
        browser.get("/login?form=gated");

        assertFalse("the session id changes", sessionBefore.equals(browser.sessionId()));
        assertFalse("the token changes with it", beforeLogin.equals(browser.csrfToken()));
        for (String old : List.of(anonymous, beforeLogin)) {
            Map<String, String> logout = browser.form("logout", "form", "gated");
            logout.put("csrf", old);
            assertRefused("a token of before the login", browser.post("/login", logout));
        }
        assertEquals("still logged in", 200, browser.get(REPORT).statusCode());
    }

    @Test
    public void aPasswordEqualToAWordOfTheMessageIsShownNeitherOnThePageNorInTheLog() throws Exception {
        String sentence = "The user name or password is not correct.";
        for (String word : sentence.split(" ")) {
            for (String password : new LinkedHashSet<>(List.of(word, word.replace(".", "")))) {
                logIn(password, REPORT);
                String page = browser.get("/login?form=gated").body();
                assertTrue(password + ":\n" + page, page.contains("id='login-gated-message'>" + sentence + "</p>"));
            }
        }
        String log = logOf(GateIT.class);
        assertFalse("nothing masked in the log", log.contains("***"));
        assertTrue(log.contains("failed: " + sentence));
    }

    @Test
    public void anonymousVisitorsAreToldNoInternalHostOrPortWhileTheLogKeepsThem() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        configure("st.connection.login", Map.of("name", "unreachable", "connector", "jdbc", "fields", "user,password:secret",
                "options", "url=jdbc:h2:tcp://127.0.0.1:" + closed + "/mem:gone"));
        configure("st.connection.gate", Map.of("patterns", "/unreachable/*", "form", "unreachable"));
        await("the form is offered", () -> status("/login?form=unreachable") == 200);
        browser.get("/login?form=unreachable");
        browser.post("/login", browser.form("login", "form", "unreachable", "user", "alice", "password", "x"));
        String page = browser.get("/login?form=unreachable").body();
        assertTrue(page, page.contains("id='login-unreachable-message'>The database cannot be reached; check that it runs "
                + "and that the network lets this server reach it.</p>"));
        assertFalse(page.contains(String.valueOf(closed)) || page.contains("127.0.0.1") || page.contains("Exception"));
        assertTrue("the log has the address", logOf(GateIT.class).contains("127.0.0.1:" + closed));
    }

    @Test
    public void aProtectedServletReachedByAForwardOrAnIncludeNeverRunsWithoutAConnection() throws Exception {
        int served = ProtectedTestServlets.SERVED.get();
        HttpResponse<String> forwarded = browser.get("/open/forward?to=/itest/report");
        assertEquals(303, forwarded.statusCode());
        assertEquals("/login?form=gated&return=" + WebClient.encode("/open/forward?to=/itest/report"),
                forwarded.headers().firstValue("Location").orElse(""));
        HttpResponse<String> included = browser.get("/open/include?to=/itest/report");
        assertEquals("before|login needed for gated|after", included.body());
        assertEquals("the protected servlet did not run", served, ProtectedTestServlets.SERVED.get());

        logIn(ALICE_PASSWORD, REPORT);
        HttpResponse<String> forwardedLoggedIn = browser.get("/open/forward?to=/itest/report");
        assertEquals(forwardedLoggedIn.statusCode() + " " + forwardedLoggedIn.headers().map(), "ALICE read 3 items",
                forwardedLoggedIn.body());
        assertEquals("before|ALICE read 3 items|after", browser.get("/open/include?to=/itest/report").body());
    }

    @Test
    public void aLoginRequiredExceptionWrappedInOtherExceptionsStillLeadsToTheLoginPage() throws Exception {
        logIn(ALICE_PASSWORD, REPORT);
        HttpResponse<String> wrapped = browser.get("/itest-wrapped/report");
        assertEquals(303, wrapped.statusCode());
        assertEquals("/login?form=gated&return=" + WebClient.encode("/itest-wrapped/report"),
                wrapped.headers().firstValue("Location").orElse(""));
    }

    @Test
    public void aGateProtectsTheServletContextItNamesWithALoginPageOfItsOwn() throws Exception {
        servlets.add(WebTestSupport.servletContext("itest-app", "/app"));
        servlets.add(WebTestSupport.currentUserServletIn("itest-app", "/reports/*"));
        await("the application's servlet runs unprotected, and fails without a connection",
                () -> status("/app/reports/2026") == 500);
        configure("st.connection.gate", Map.of("patterns", "/reports/*", "form", "gated", "context", "itest-app"));
        await("the gate protects /app/reports", () -> status("/app/reports/2026") == 303);
        int served = ProtectedTestServlets.SERVED.get();

        HttpResponse<String> sent = browser.get("/app/reports/2026?x=1");

        assertEquals("/app/login?form=gated&return=" + WebClient.encode("/app/reports/2026?x=1"),
                sent.headers().firstValue("Location").orElse(""));
        assertEquals(served, ProtectedTestServlets.SERVED.get());
        assertTrue(browser.get("/app/login").body().contains("id='login-gated'"));
        HttpResponse<String> loggedIn = browser.post("/app/login", browser.form("login", "form", "gated", "user", "alice",
                "password", ALICE_PASSWORD, "return", "/app/reports/2026?x=1"));
        assertEquals("/app/reports/2026?x=1", loggedIn.headers().firstValue("Location").orElse(""));
        assertEquals("ALICE read 3 items", browser.get("/app/reports/2026?x=1").body());
    }

    @Test
    public void aServletThatDeclaresItsGateIsProtectedInTheContextItSelectsUntilItGoes() throws Exception {
        servlets.add(WebTestSupport.servletContext("itest-declared", "/declared"));
        ServiceRegistration<?> gated = WebTestSupport.gatedServletIn("itest-declared", "/declared-reports/*", "gated");
        servlets.add(gated);
        await("the servlet's own gate protects it", () -> status("/declared/declared-reports/2026") == 303);
        int served = ProtectedTestServlets.SERVED.get();

        HttpResponse<String> sent = browser.get("/declared/declared-reports/2026");

        assertEquals("/declared/login?form=gated&return=" + WebClient.encode("/declared/declared-reports/2026"),
                sent.headers().firstValue("Location").orElse(""));
        assertEquals("the servlet did not run", served, ProtectedTestServlets.SERVED.get());
        assertTrue("the context's login page offers the form",
                browser.get("/declared/login").body().contains("id='login-gated'"));
        HttpResponse<String> loggedIn = browser.post("/declared/login", browser.form("login", "form", "gated", "user",
                "alice", "password", ALICE_PASSWORD, "return", "/declared/declared-reports/2026"));
        assertEquals("/declared/declared-reports/2026", loggedIn.headers().firstValue("Location").orElse(""));
        assertEquals("ALICE read 3 items", browser.get("/declared/declared-reports/2026").body());
        assertTrue(WebTestSupport.hasFilterOn("/declared-reports/*"));

        servlets.remove(gated);
        gated.unregister();
        await("the gate went with the servlet", () -> status("/declared/declared-reports/2026") == 404);
        assertFalse(WebTestSupport.hasFilterOn("/declared-reports/*"));
    }

    @Test
    public void aGateWhosePatternsReachNoServletIsReportedAndLogged() throws Exception {
        String typo = configure("st.connection.gate", Map.of("patterns", "/itest/*,/itset/*", "form", "gated")).getPid();
        String elsewhere = configure("st.connection.gate", Map.of("patterns", "/itest/*", "form", "gated",
                "context", "no-such-context")).getPid();
        WebClient admin = WebClient.consoleAdmin();
        await("the panel lists both", () -> {
            try {
                String page = admin.get(LoginPanelIT.PANEL).body();
                return page.contains("<td>" + typo + "</td><td>patterns</td><td>/itset/*</td><td>patterns that reach a "
                        + "servlet of the servlet context &#39;default&#39;; none does (yet), so it protects nothing</td>")
                        && page.contains("<td>" + elsewhere + "</td><td>context</td><td>no-such-context</td><td>the name "
                                + "of a servlet context; there is none of that name (yet)</td>");
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        String page = admin.get(LoginPanelIT.PANEL).body();
        assertFalse("the pattern that reaches a servlet is not listed", page.contains("<td>" + typo
                + "</td><td>patterns</td><td>/itest/*</td>"));
        assertTrue(logOf(GateIT.class).contains("WARN st.connection.ui.internal.gate.GateRegistry - Configuration problem: "
                + typo + ": patterns is '/itset/*'; expected patterns that reach a servlet"));
    }
}
