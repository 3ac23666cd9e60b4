package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
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
import org.osgi.framework.ServiceRegistration;

import st.connection.api.ConnectionStatus;
import st.connection.api.ManagedConnection;

/** The Web Console panel over plain HTTP, as a browser without JavaScript would use it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoginPanelIT extends ITestSupport {

    static final String PANEL = "/system/console/connections";
    private static final String URL = "jdbc:h2:mem:panel;DB_CLOSE_DELAY=-1";
    private static final String WRONG_PASSWORD = "not-the-password-7d1e";

    private Connection observer;
    private WebClient browser;

    @Configuration
    public Option[] config() {
        return webFrameworkFor(LoginPanelIT.class);
    }

    private static boolean configured;

    /** Once per framework: the configurations stay for every test of the class. */
    private static void configureOnce() throws Exception {
        if (configured) {
            return;
        }
        configured = true;
        configure("st.connection.login", Map.of("name", "panel-db", "connector", "jdbc", "title", "Panel database",
                "fields", "user,password:secret", "options", "url=jdbc:h2:mem:panel",
                "description", "For the panel's <tests>: alice and her password."));
        configure("st.connection.login", Map.of("name", "project", "connector", "jdbc", "title", "Project <DB>",
                "fields", new String[] {"user", "password:secret", "database=PROJECT_DB"}, "options", "url=" + URL));
        configure("st.connection.singleton", Map.of("name", "panel-shared", "connector", "jdbc", "url", URL,
                "user", "sa", "password", ADMIN_PASSWORD, "ttl", "60", "cache.scope", "shared"));
        configure("st.connection.singleton", Map.of("name", "bad-ttl", "connector", "jdbc", "url", URL, "ttl", "-1"));
    }

    @Before
    public void openPanel() throws Exception {
        allowManyFailedLogins();
        startWebBundles();
        observer = createDatabase(URL);
        configureOnce();
        service(ManagedConnection.class, "(st.connection.name=panel-shared)");
        browser = WebClient.consoleAdmin();
        await("the panel is served", () -> statusOf(PANEL) == 200);
    }

    @After
    public void closeObserver() throws SQLException {
        observer.close();
    }

    private int statusOf(String path) {
        try {
            return browser.get(path).statusCode();
        } catch (Exception notYet) {
            return -1;
        }
    }

    private String panel() throws Exception {
        HttpResponse<String> page = browser.get(PANEL);
        assertEquals(200, page.statusCode());
        return page.body();
    }

    private HttpResponse<String> login(String user, String password) throws Exception {
        panel();
        return browser.post(PANEL, browser.form("login", "form", "panel-db", "user", user, "password", password));
    }

    private static ManagedConnection<Connection> sharedConnection() {
        return jdbc(connections().singletons().stream().filter(c -> c.name().equals("panel-shared")).findFirst()
                .orElseThrow());
    }

    @Test
    public void showsConnectorsSharedConnectionsFormsAndProblemsWithoutASecret() throws Exception {
        String page = panel();
        assertTrue(page, page.contains("<tr id='connector-jdbc'><td>jdbc</td><td>java.sql.Connection</td>"
                + "<td>st.connection.jdbc</td>"));
        assertTrue(page.contains("<tr id='shared-panel-shared'><td>panel-shared</td><td>jdbc</td>"));
        assertTrue(page.contains("id='reopen-panel-shared'") && page.contains("id='clear-cache-panel-shared'"));
        assertTrue("titles are encoded", page.contains("<h3>Project &lt;DB&gt;</h3>"));
        int user = page.indexOf("id='login-project-user'");
        int password = page.indexOf("id='login-project-password' name='password' type='password' value=''");
        int database = page.indexOf("id='login-project-database' name='database' type='text' value='PROJECT_DB'");
        assertTrue("fields in order with defaults, the secret one empty", 0 < user && user < password && password < database);
        assertTrue("the rejected ttl is listed", page.contains("<td>ttl</td><td>-1</td><td>a whole number of seconds"));
        assertFalse("no secret in the page", page.contains(ADMIN_PASSWORD));
    }

    @Test
    public void aConnectorInstalledAtRunTimeAppearsOnTheNextLoadAndDisappearsWhenRemoved() throws Exception {
        assertFalse(panel().contains("id='connector-h2mem'"));
        Bundle example = context().installBundle(
                "file:" + System.getProperty("bundles.dir", "target/bundles") + "/st.connection.example.jar");
        try {
            example.start();
            String page = panel();
            assertTrue(page, page.contains("<tr id='connector-h2mem'><td>h2mem</td><td>java.sql.Connection</td>"
                    + "<td>st.connection.example</td>"));
            assertTrue("its default login form is offered", page.contains("id='login-h2mem'"));
        } finally {
            example.uninstall();
        }
        String page = panel();
        assertFalse(page.contains("id='connector-h2mem'"));
        assertFalse(page.contains("id='login-h2mem'"));
    }

    @Test
    public void aWrongPasswordShowsTheReasonThenTheRightOneConnectsWithANewSessionId() throws Exception {
        int before = sessionCount(observer);
        assertEquals(303, login("alice", WRONG_PASSWORD).statusCode());
        String failed = panel();
        assertTrue(failed, failed.contains("id='login-panel-db-message'>The user name or password is not correct.</p>"));
        assertTrue("the user name is offered again", failed.contains("id='login-panel-db-user' name='user' type='text' value='alice'"));
        assertFalse("the password is never echoed", failed.contains(WRONG_PASSWORD));
        String sessionBefore = browser.sessionId();

        HttpResponse<String> right = login("alice", ALICE_PASSWORD);

        assertEquals(303, right.statusCode());
        assertEquals(PANEL, right.headers().firstValue("Location").orElse(""));
        assertNotEquals("the session id changes on login", sessionBefore, browser.sessionId());
        String connected = panel();
        assertTrue(connected, connected.matches("(?s).*id='connected-panel-db'>Connected as <b>alice</b> to <b>jdbc</b> "
                + "since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d</p>.*"));
        assertTrue(connected.contains("id='logout-panel-db'>Log out</button>"));
        assertEquals("one H2 session for alice", before + 1, sessionCount(observer));
        assertFalse(connected.contains(ALICE_PASSWORD));

        browser.post(PANEL, browser.form("logout", "form", "panel-db"));
        assertEquals("logging out closes it", before, sessionCount(observer));
        assertTrue(panel().contains("id='login-panel-db'"));
        assertNotLogged(LoginPanelIT.class, ALICE_PASSWORD, WRONG_PASSWORD, ADMIN_PASSWORD);
    }

    @Test
    public void postsWithoutThisSessionsTokenAreRefusedAndChangeNothing() throws Exception {
        int before = sessionCount(observer);
        long reopens = sharedConnection().status().reopenCount();
        panel();
        Map<String, String> forged = browser.form("login", "form", "panel-db", "user", "alice", "password", ALICE_PASSWORD);
        forged.put("csrf", "forged-token");
        HttpResponse<String> refused = browser.post(PANEL, forged);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("security token"));
        forged.remove("csrf");
        assertEquals(403, browser.post(PANEL, forged).statusCode());

        WebClient stranger = WebClient.consoleAdmin();
        Map<String, String> reused = browser.form("reopen", "name", "panel-shared");
        assertEquals("another session's token is refused", 403, stranger.post(PANEL, reused).statusCode());
        assertEquals(before, sessionCount(observer));
        assertEquals("nothing was reopened", reopens, sharedConnection().status().reopenCount());
    }

    @Test
    public void aConnectionKilledUnderneathShowsTheFormAgainWithSessionEnded() throws Exception {
        assertEquals(303, login("alice", ALICE_PASSWORD).statusCode());
        assertTrue(panel().contains("id='connected-panel-db'"));
        int alice = queryInt(observer, "SELECT MAX(SESSION_ID) FROM INFORMATION_SCHEMA.SESSIONS WHERE USER_NAME = 'ALICE'");
        killSession(observer, alice);
        await("the form is shown again", () -> {
            try {
                return panel().contains("id='login-panel-db-message'>Your session ended; please log in again.</p>");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertFalse("shown once", panel().contains("Your session ended"));
    }

    @Test
    public void reopenCloseAndClearCacheActOnTheSharedConnection() throws Exception {
        ManagedConnection<Connection> shared = sharedConnection();
        shared.get();
        long reopens = shared.status().reopenCount();
        panel();
        assertEquals(303, browser.post(PANEL, browser.form("reopen", "name", "panel-shared")).statusCode());
        assertTrue(panel().contains("id='page-notice' role='status'>The shared connection &#39;panel-shared&#39; was reopened."));
        assertEquals(reopens + 1, shared.status().reopenCount());

        browser.post(PANEL, browser.form("close", "name", "panel-shared"));
        assertEquals(ConnectionStatus.State.IDLE, shared.status().state());
        assertTrue(panel().contains("was closed; it opens again on next use."));

        assertEquals(3, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
        browser.post(PANEL, browser.form("clear-cache", "name", "panel-shared"));
        String cleared = panel();
        assertTrue(cleared.contains("The cache of &#39;panel-shared&#39; was cleared."));
        assertTrue("cache statistics are shown", cleared.matches("(?s).*<td>\\d+ hits, \\d+ misses.*, 0 entries, 0 B</td>.*"));

        browser.post(PANEL, browser.form("reopen", "name", "no-such"));
        assertTrue(panel().contains("There is no shared connection named &#39;no-such&#39;."));
    }

    @Test
    public void theEndOfTheConsoleSessionClosesTheConnectionsOpenedInIt() throws Exception {
        ServiceRegistration<?> ender = WebTestSupport.endConsoleSessionServlet("/itest-end-session");
        try {
            int before = sessionCount(observer);
            login("alice", ALICE_PASSWORD);
            assertEquals(before + 1, sessionCount(observer));
            await("the servlet is served in the console's context",
                    () -> statusOf("/system/console/itest-end-session") == 200);
            await("the session listener closed the connection", () -> {
                try {
                    return sessionCount(observer) == before;
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            ender.unregister();
        }
    }

    @Test
    public void oddInputGetsOneSentenceAndNoStackTrace() throws Exception {
        login("<script>alert('Å名')</script>", "x");
        String unicode = panel();
        assertTrue("encoded, not executed", unicode.contains("value='&lt;script>alert(&#39;Å名&#39;)&lt;/script>'"));
        assertFalse(unicode.contains("<script>alert"));

        login("x".repeat(100_000), "y");
        assertTrue(panel().contains("The value for User is too long (at most 4096 characters)."));

        panel();
        browser.post(PANEL, browser.form("login", "form", "panel-db"));
        assertTrue("missing fields are refused by the database", panel().contains("id='login-panel-db-message'>"));

        browser.post(PANEL, browser.form("login", "form", "no-such-form", "user", "alice"));
        assertTrue(panel().contains("There is no login form named &#39;no-such-form&#39;."));

        String huge = "csrf=" + browser.csrfToken() + "&action=login&form=panel-db&user=" + "u".repeat(3_000_000);
        HttpResponse<String> tooLarge = postRefusedEarly(huge);
        assertTrue("refused: " + tooLarge.statusCode(), tooLarge.statusCode() == 400 || tooLarge.statusCode() == 413);
        assertFalse(tooLarge.body().contains("at org.") || tooLarge.body().contains("Exception"));
        assertFalse(panel().contains("Exception"));
    }

    /**
     * Jetty refuses a form over its limit before the body is all sent and then closes the
     * connection: if the close overtakes the client's writing, the client sees a broken pipe instead
     * of the answer. The refusal is asked for again then, at most three times.
     */
    private HttpResponse<String> postRefusedEarly(String body) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return browser.post(PANEL, body);
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    public void theCsrfTokenIsNewAfterLoginWithTheSessionIdAndTheOldOneIsRefused() throws Exception {
        panel();
        String before = browser.csrfToken();
        String sessionBefore = browser.sessionId();
        assertEquals(303, login("alice", ALICE_PASSWORD).statusCode());
        panel();
        assertNotEquals(sessionBefore, browser.sessionId());
        assertNotEquals(before, browser.csrfToken());
        Map<String, String> stale = browser.form("logout", "form", "panel-db");
        stale.put("csrf", before);
        assertEquals(403, browser.post(PANEL, stale).statusCode());
        assertTrue("still connected", panel().contains("id='connected-panel-db'"));
        browser.post(PANEL, browser.form("logout", "form", "panel-db"));
    }

    @Test
    public void aPasswordEqualToAWordOfTheMessageIsShownNeitherOnThePageNorInTheLog() throws Exception {
        String sentence = "The user name or password is not correct.";
        for (String word : sentence.split(" ")) {
            login("alice", word);
            String page = panel();
            assertTrue(word + ":\n" + page, page.contains("id='login-panel-db-message'>" + sentence + "</p>"));
        }
        String log = logOf(LoginPanelIT.class);
        assertFalse("nothing masked in the log", log.contains("***"));
        assertTrue(log.contains("Login with form 'panel-db' as 'alice' failed: " + sentence));
    }

    @Test
    public void theJdbcDefaultFormWhichTakesAnyUrlIsOfferedOnlyWhenConfiguredTo() throws Exception {
        assertFalse(panel().contains("id='login-jdbc'"));
        offerJdbcDefaultForm(true);
        try {
            String page = panel();
            assertTrue(page.contains("id='login-jdbc-url' name='url'"));
            assertTrue("labels from the table of known names", page.contains("<label for='login-jdbc-url'>URL</label>"));
            assertTrue(page.contains("id='form-jdbc-description'>Any JDBC URL that an installed driver accepts, with its "
                    + "user and password: for administrators.</p>"));
            assertTrue("configured forms first", page.indexOf("id='form-project'") < page.indexOf("id='form-jdbc'")
                    && page.indexOf("id='form-panel-db'") < page.indexOf("id='form-jdbc'"));
            assertTrue(page.contains("id='form-panel-db-description'>For the panel&#39;s &lt;tests&gt;: alice and her "
                    + "password.</p>"));
        } finally {
            offerJdbcDefaultForm(false);
        }
        assertFalse(panel().contains("id='login-jdbc'"));
    }
}
