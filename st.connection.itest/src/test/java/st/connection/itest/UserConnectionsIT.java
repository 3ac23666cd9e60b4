package st.connection.itest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
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

import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.LoginRequiredException;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UserConnectionsIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:users;DB_CLOSE_DELAY=-1";
    /** Users other than the administrator may not set DB_CLOSE_DELAY; the observer keeps the database. */
    private static final String USER_URL = "jdbc:h2:mem:users";
    private static final LoginForm FORM = new LoginForm("users-db", "jdbc", "the users database",
            List.of(FormField.text("user", ""), FormField.secret("password")), Map.of("url", USER_URL), 0);

    private Connection observer;

    @Configuration
    public Option[] config() {
        return frameworkFor(UserConnectionsIT.class);
    }

    @Before
    public void createDatabase() throws SQLException {
        observer = createDatabase(URL);
    }

    @After
    public void closeObserver() throws SQLException {
        observer.close();
    }

    private static Map<String, Object> credentials(String user, String password) {
        Map<String, Object> entered = new HashMap<>();
        entered.put("user", user);
        entered.put("password", password.toCharArray());
        return entered;
    }

    @Test
    public void loginOpensAConnectionAsThatUserAndForgetsTheEnteredPassword() throws Exception {
        UserConnections alice = connections().user("session-login");
        char[] password = ALICE_PASSWORD.toCharArray();
        Map<String, Object> entered = new HashMap<>(Map.of("user", "alice", "password", password));
        ManagedConnection<Connection> connection = alice.login(FORM, entered);

        assertEquals("ALICE", queryString(connection.get(), "SELECT CURRENT_USER"));
        assertEquals(3, queryInt(connection.get(), "SELECT COUNT(*) FROM ITEMS"));
        assertArrayEquals("the entered password was wiped", new char[password.length], password);
        assertTrue("the entered values were dropped", entered.isEmpty());
        assertTrue(alice.current("users-db").isPresent());
        assertFalse(connections().user("another-session").current("users-db").isPresent());
    }

    @Test
    public void wrongPasswordIsRefusedWithAClearMessageThatNeverContainsThePassword() throws Exception {
        String wrong = "not-" + ALICE_PASSWORD;
        UserConnections session = connections().user("session-wrong");
        try {
            session.login(FORM, credentials("alice", wrong));
            fail("logged in with a wrong password");
        } catch (LoginFailedException e) {
            assertEquals("The user name or password is not correct.", e.getMessage());
        }
        assertFalse(session.current("users-db").isPresent());
        String log = logOf(UserConnectionsIT.class);
        assertTrue("the failure is logged", log.contains("Login with form 'users-db' as 'alice' failed"));
        assertNotLogged(UserConnectionsIT.class, wrong, ALICE_PASSWORD, ADMIN_PASSWORD);
    }

    @Test
    public void fixedOptionsCannotBeOverriddenByWhatTheUserEnters() throws Exception {
        Map<String, Object> entered = credentials("alice", ALICE_PASSWORD);
        entered.put("url", "jdbc:h2:mem:elsewhere");
        ManagedConnection<Connection> connection = connections().user("session-options").login(FORM, entered);
        assertEquals(3, queryInt(connection.get(), "SELECT COUNT(*) FROM ITEMS"));
    }

    @Test
    public void logoutClosesTheConnection() throws Exception {
        UserConnections session = connections().user("session-logout");
        ManagedConnection<Connection> connection = session.login(FORM, credentials("alice", ALICE_PASSWORD));
        Connection open = connection.get();
        session.logout("users-db");
        assertTrue(open.isClosed());
        assertFalse(session.current("users-db").isPresent());
        try {
            connection.get();
            fail("a logged out connection was handed out");
        } catch (LoginRequiredException e) {
            assertEquals("users-db", e.formName());
        }
    }

    @Test
    public void endingTheSessionClosesEveryConnectionOfIt() throws Exception {
        int before = sessionCount(observer);
        UserConnections session = connections().user("session-end");
        session.login(FORM, credentials("alice", ALICE_PASSWORD));
        LoginForm second = new LoginForm("users-db-2", "jdbc", "again", FORM.fields(), FORM.options(), 0);
        session.login(second, credentials("alice", ALICE_PASSWORD));
        assertEquals(before + 2, sessionCount(observer));
        session.end();
        assertEquals(before, sessionCount(observer));
        assertFalse(session.current("users-db").isPresent());
        assertFalse(session.current("users-db-2").isPresent());
    }

    @Test
    public void aDeadConnectionIsForgottenAndTheUserMustLogInAgain() throws Exception {
        UserConnections session = connections().user("session-dead");
        ManagedConnection<Connection> connection = session.login(FORM, credentials("alice", ALICE_PASSWORD));
        killSession(observer, sessionId(connection.get()));
        try {
            queryInt(connection.get(), "SELECT 1");
            fail("the killed session answered");
        } catch (SQLException expected) {
            // reported to the handle: the next look finds it dead
        }
        assertFalse("a dead connection is not current", session.current("users-db").isPresent());
        try {
            connection.get();
            fail("a dead personal connection was handed out");
        } catch (LoginRequiredException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("please log in again"));
        }
        ManagedConnection<Connection> again = session.login(FORM, credentials("alice", ALICE_PASSWORD));
        assertEquals(3, queryInt(again.get(), "SELECT COUNT(*) FROM ITEMS"));
    }

    @Test
    public void aDeadConnectionIsFoundWithoutAFailedCallOnceTheIntervalHasPassed() throws Exception {
        UserConnections session = connections().user("session-expired");
        ManagedConnection<Connection> connection = session.login(FORM, credentials("alice", ALICE_PASSWORD));
        killSession(observer, sessionId(connection.get()));
        await("the dead connection is no longer current", () -> session.current("users-db").isEmpty());
    }

    @Test
    public void aFormForAMissingConnectorFailsWithAMessage() {
        LoginForm missing = new LoginForm("nowhere", "no-such-connector", "Nowhere", FORM.fields(), Map.of(), 0);
        try {
            connections().user("session-missing").login(missing, credentials("alice", ALICE_PASSWORD));
            fail("logged in through a missing connector");
        } catch (LoginFailedException e) {
            assertEquals("The connector 'no-such-connector' is not available; ask an administrator to install or "
                    + "start it.", e.getMessage());
        }
    }

    @Test
    public void hugeInputIsRefusedBeforeConnecting() {
        try {
            connections().user("session-huge").login(FORM, credentials("x".repeat(100_000), "y"));
            fail("accepted a 100,000 character user name");
        } catch (LoginFailedException e) {
            assertEquals("The value for User is too long (at most 4096 characters).", e.getMessage());
        }
    }

    @Test
    public void configuredLoginFormsAndConnectorDefaultsAreListed() throws Exception {
        configure("st.connection.login", Map.of("name", "project", "connector", "jdbc", "title", "Project DB",
                "fields", new String[] {"user", "password:secret", "database=PROJECT_DB"},
                "options", new String[] {"url=" + USER_URL}));
        await("the configured form is listed", () -> connections().loginForm("project").isPresent());
        LoginForm project = connections().loginForm("project").orElseThrow();
        assertEquals("Project DB", project.title());
        assertEquals(List.of(FormField.text("user", ""), FormField.secret("password"),
                FormField.text("database", "PROJECT_DB")), project.fields());
        assertEquals(Map.of("url", USER_URL), project.options());

        assertTrue("the jdbc default form, whose URL can name anything, is not offered unless configured",
                connections().loginForm("jdbc").isEmpty());
        offerJdbcDefaultForm(true);
        try {
            LoginForm jdbcDefault = connections().loginForm("jdbc").orElseThrow();
            assertEquals(List.of("url", "user", "password"), jdbcDefault.fields().stream().map(FormField::name).toList());
            assertTrue(jdbcDefault.fields().get(2).secret());
        } finally {
            offerJdbcDefaultForm(false);
        }
    }
}
