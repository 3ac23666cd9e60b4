package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;

/**
 * Reliability: configurations and login inputs that are empty (where a value is required), huge,
 * unicode, negative, non-numeric or SQL. Each is refused with a sentence that names what is wrong (and never a
 * secret), nothing is registered or left open, core stays active, and valid input still works.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MalformedInputIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:malformed;DB_CLOSE_DELAY=-1";
    private static final String HUGE = "x".repeat(100_000);
    private static final String SQL = "1; DROP TABLE ITEMS; --";
    /** Malformed whole numbers; an empty value means the default, and Java reads other scripts' digits. */
    private static final List<String> NUMBERS = List.of("-1", "abc", "1e99", "99999999999999999999", "1.5", "0x10",
            SQL, HUGE);

    private Connection observer;

    @Configuration
    public Option[] config() {
        return frameworkFor(MalformedInputIT.class);
    }

    @Before
    public void createDatabase() throws Exception {
        observer = createDatabase(URL);
    }

    @After
    public void closeObserver() throws Exception {
        observer.close();
    }

    @Test
    public void malformedSharedConnectionConfigurationsAreRefusedKeyByKey() throws Exception {
        Map<String, Object[]> malformed = new LinkedHashMap<>();
        NUMBERS.forEach(value -> malformed.put("ttl=" + abbreviated(value), new Object[] {"ttl", value}));
        NUMBERS.forEach(value -> malformed.put("validation.interval=" + abbreviated(value),
                new Object[] {"validation.interval", value}));
        for (String scope : List.of("SESSION; DROP", "共有", HUGE)) {
            malformed.put("cache.scope=" + abbreviated(scope), new Object[] {"cache.scope", scope});
        }
        for (String name : List.of("", " ", "名前", "a/b", SQL, HUGE)) {
            malformed.put("name=" + abbreviated(name), new Object[] {"name", name});
        }
        List<org.osgi.service.cm.Configuration> applied = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, Object[]> entry : malformed.entrySet()) {
            String key = (String) entry.getValue()[0];
            Map<String, Object> properties = new HashMap<>(Map.of("name", "malformed-" + number++, "connector", "jdbc",
                    "url", URL, "user", "sa", "password", ADMIN_PASSWORD));
            properties.put(key, entry.getValue()[1]);
            org.osgi.service.cm.Configuration configuration = configure("st.connection.singleton", properties);
            applied.add(configuration);
            String pid = configuration.getPid();
            await("a problem with " + entry.getKey() + " is reported", () -> problem(pid, key) != null);
            ConfigurationProblem problem = problem(pid, key);
            assertTrue(entry.getKey() + ": " + problem.message(), problem.message().startsWith(pid + ": " + key + " is"));
            assertTrue("the expected form is named", problem.expected() != null && !problem.expected().isBlank());
            assertTrue("a huge value is not repeated whole", problem.message().length() < 2_000);
            assertFalse("no secret", problem.message().contains(ADMIN_PASSWORD));
        }
        assertTrue("nothing registered", connections().singletons().isEmpty());
        assertEquals(Bundle.ACTIVE, installedBundle("st.connection.core").getState());

        for (org.osgi.service.cm.Configuration configuration : applied) {
            configuration.delete();
        }
        await("every problem is gone with its configuration", () -> connections().configurationProblems().isEmpty());
        configure("st.connection.singleton", Map.of("name", "valid-after", "connector", "jdbc", "url", URL,
                "user", "sa", "password", ADMIN_PASSWORD));
        assertEquals(3, queryInt(jdbc(service(ManagedConnection.class, "(st.connection.name=valid-after)")).get(),
                "SELECT COUNT(*) FROM ITEMS"));
    }

    @Test
    public void malformedProgrammaticParametersAreRefusedWithTheKey() {
        for (String value : NUMBERS) {
            try {
                connections().singleton("jdbc", Map.of("url", URL, "user", "sa", "password", ADMIN_PASSWORD,
                        "ttl", value));
                fail("accepted ttl=" + abbreviated(value));
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("ttl is"));
                assertFalse("no secret", e.getMessage().contains(ADMIN_PASSWORD));
            }
        }
    }

    @Test
    public void malformedLoginInputsAreRefusedWithASentenceAndLeaveNothingOpen() throws Exception {
        int sessionsBefore = sessionCount(observer);
        LoginForm form = new LoginForm("malformed", "jdbc", "Malformed", List.of(FormField.text("user", ""),
                FormField.secret("password"), FormField.text("LOCK_TIMEOUT", "1000")),
                Map.of("url", "jdbc:h2:mem:malformed"), 0);
        List<Map<String, Object>> inputs = List.of(
                Map.of("user", "", "password", ""),
                Map.of("user", "alice", "password", ""),
                Map.of("user", "ALICE", "password", "wrong"),
                Map.of("user", "sa' OR '1'='1", "password", "' OR '1'='1"),
                Map.of("user", "ALICE", "password", "'; DROP TABLE ITEMS; --"),
                Map.of("user", "ünïcødé名前", "password", "пароль🔑"),
                Map.of("user", HUGE, "password", ALICE_PASSWORD),
                Map.of("user", "ALICE", "password", HUGE),
                Map.of("user", "ALICE", "password", ALICE_PASSWORD, "LOCK_TIMEOUT", "-5"),
                Map.of("user", "ALICE", "password", ALICE_PASSWORD, "LOCK_TIMEOUT", "abc"),
                Map.of("user", "ALICE", "password", ALICE_PASSWORD, "LOCK_TIMEOUT", SQL));
        UserConnections session = connections().user("malformed-user");
        for (Map<String, Object> input : inputs) {
            String described = abbreviated(input.toString());
            try {
                session.login(form, new HashMap<>(input));
                fail("logged in with " + described);
            } catch (LoginFailedException e) {
                String message = e.getMessage();
                assertTrue(described + ": " + message, message != null && !message.isBlank() && message.length() < 500);
                for (Object value : input.values()) {
                    String text = value.toString();
                    assertTrue(described + " echoed a secret: " + message, text.length() < 4 || !message.contains(text)
                            || Set.of("ALICE", "abc", "1000").contains(text));
                }
            }
            assertTrue("no connection after " + described, session.current("malformed").isEmpty());
        }
        assertEquals("the injected SQL ran nowhere", 3, queryInt(observer, "SELECT COUNT(*) FROM ITEMS"));
        assertEquals("every refused login closed what it opened", sessionsBefore, sessionCount(observer));
        ManagedConnection<Connection> alice = session.login(form,
                new HashMap<>(Map.of("user", "ALICE", "password", ALICE_PASSWORD)));
        assertEquals(3, queryInt(alice.get(), "SELECT COUNT(*) FROM ITEMS"));
        session.end();
        assertEquals(sessionsBefore, sessionCount(observer));
    }

    private static ConfigurationProblem problem(String pid, String key) {
        return connections().configurationProblems().stream().filter(p -> p.pid().equals(pid) && p.key().equals(key))
                .findFirst().orElse(null);
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }
}
