package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import st.connection.api.CacheStatistics;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;
import st.connection.api.UserConnections;

/**
 * Reliability: 100 sessions log in at once as 10 different H2 users, half of them first with a
 * wrong password, run the same SQL twice (the second answer from the per-session cache), then log
 * out or end the session. Every connection and every cached row is its own user's, every failed
 * login says why, and every session ends with its connection closed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoginStormIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:storm;DB_CLOSE_DELAY=-1";
    private static final int USERS = 10;
    private static final int SESSIONS = 100;
    private static final String WRONG_CREDENTIALS = "The user name or password is not correct.";
    private static final String WHO = "SELECT CURRENT_USER()";
    private static final String MY_NOTE = "SELECT NOTE FROM NOTES WHERE OWNER = CURRENT_USER()";

    private Connection observer;

    /** H2 delays each wrong password (250 ms to 4 s, one at a time): off, or 50 refusals take minutes. */
    @Configuration
    public Option[] config() {
        return options(composite(frameworkFor(LoginStormIT.class)),
                systemProperty("h2.delayWrongPasswordMin").value("0"),
                systemProperty("h2.delayWrongPasswordMax").value("0"));
    }

    @Before
    public void createUsers() throws Exception {
        observer = observer(URL);
        try (Statement statement = observer.createStatement()) {
            statement.execute("CREATE TABLE NOTES(OWNER VARCHAR(20), NOTE VARCHAR(40))");
            for (int user = 0; user < USERS; user++) {
                statement.execute("CREATE USER " + user(user) + " PASSWORD '" + password(user) + "'");
                statement.execute("INSERT INTO NOTES VALUES ('" + user(user) + "', 'note of " + user(user) + "')");
            }
            statement.execute("GRANT SELECT ON NOTES TO PUBLIC");
        }
    }

    @After
    public void closeObserver() throws SQLException {
        observer.close();
    }

    private static String user(int number) {
        return "STORM" + number;
    }

    private static String password(int number) {
        return "storm-secret-" + number;
    }

    @Test
    public void aHundredConcurrentLoginsNeverCrossUsers() throws Exception {
        int sessionsBefore = sessionCount(observer);
        LoginForm form = new LoginForm("storm", "jdbc", "Storm", List.of(FormField.text("user", ""),
                FormField.secret("password")), Map.of("url", "jdbc:h2:mem:storm"), 60);
        Map<String, Long> problems = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            int session = i;
            done.add(pool.submit(() -> {
                go.await();
                new Visit(session, form, problems, refused).run();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> visit : done) {
            visit.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals("problems", Map.of(), problems);
        assertEquals("every wrong password was refused with its message", SESSIONS / 2, refused.get());
        for (int i = 0; i < SESSIONS; i++) {
            assertTrue("session " + i + " ended", connections().user("storm-" + i).current("storm").isEmpty());
        }
        assertEquals("every H2 session was closed", sessionsBefore, sessionCount(observer));
        long hits = service(QueryCache.class).statistics().stream().filter(s -> s.connection().equals("storm"))
                .mapToLong(CacheStatistics::hits).sum();
        assertEquals("the second reads were answered from each session's cache", 2L * SESSIONS, hits);
    }

    /** One person's visit: maybe a wrong password first, then log in, read twice, leave. */
    private final class Visit {
        private final int number;
        private final int user;
        private final LoginForm form;
        private final Map<String, Long> problems;
        private final AtomicInteger refused;

        Visit(int number, LoginForm form, Map<String, Long> problems, AtomicInteger refused) {
            this.number = number;
            this.user = number % USERS;
            this.form = form;
            this.problems = problems;
            this.refused = refused;
        }

        void run() throws SQLException {
            UserConnections session = connections().user("storm-" + number);
            if (number % 2 == 1) {
                try {
                    session.login(form, entered("wrong-" + password(user)));
                    problem("a wrong password logged in");
                } catch (LoginFailedException e) {
                    if (WRONG_CREDENTIALS.equals(e.getMessage())) {
                        refused.incrementAndGet();
                    } else {
                        problem("refused with: " + e.getMessage());
                    }
                }
                if (session.current("storm").isPresent()) {
                    problem("a refused login left a connection");
                }
            }
            ManagedConnection<Connection> mine;
            try {
                mine = session.login(form, entered(password(user)));
            } catch (LoginFailedException e) {
                problem("the right password was refused: " + e.getMessage());
                return;
            }
            for (int read = 0; read < 2; read++) {
                expect(queryString(mine.get(), WHO), user(user), "connected as");
                expect(queryString(mine.get(), MY_NOTE), "note of " + user(user), "read");
            }
            expect(session.current("storm").map(c -> c == mine).orElse(false), true, "current is the login's own");
            if (number % 3 == 0) {
                session.end();
            } else {
                session.logout("storm");
            }
        }

        private Map<String, Object> entered(String password) {
            return new HashMap<>(Map.of("user", user(user), "password", password.toCharArray()));
        }

        private void expect(Object actual, Object expected, String what) {
            if (!expected.equals(actual)) {
                problem(what + " " + actual + " instead of " + expected);
            }
        }

        private void problem(String what) {
            problems.merge(what, 1L, Long::sum);
        }
    }
}
