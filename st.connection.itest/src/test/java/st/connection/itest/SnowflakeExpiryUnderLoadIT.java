package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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

import net.snowflake.client.jdbc.SnowflakeConnection;
import st.connection.api.ManagedConnection;
import st.connection.snowflake.emulator.SessionExpiry;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Reliability: 50 threads use one shared Snowflake connection (the real driver) for 20 s while the
 * emulator expires its session, not renewable, every second. A call may fail only because it was
 * already on the session that just expired (it had its connection from {@code get()} before the
 * expiry was found): each thread at most once per expired session, each failure attributed to the
 * session it ran on, always an {@link SQLException}; no call fails on a live session; {@code get()}
 * never fails; no caller hangs; each expiry costs exactly one reopen; and no session is left open on the server.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SnowflakeExpiryUnderLoadIT extends ITestSupport {

    private static final int THREADS = 50;
    private static final long RUN_MILLIS = 20_000;
    private static final long EXPIRY_EVERY_MILLIS = 1_000;
    private SnowflakeEmulator emulator;
    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(SnowflakeExpiryUnderLoadIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        emulator = SnowflakeEmulator.builder().user("load", "load-secret").start();
        emulator.execute("CREATE TABLE ITEMS(ID NUMBER(10, 0))");
        emulator.execute("INSERT INTO ITEMS SELECT X FROM SYSTEM_RANGE(1, 7)");
        connectorBundle = installedBundle("st.connection.snowflake");
        connectorBundle.start();
        await("the snowflake connector is available",
                () -> connections().connectors().stream().anyMatch(c -> c.name().equals("snowflake")));
    }

    @After
    public void stopEmulator() throws Exception {
        connectorBundle.stop();
        emulator.close();
    }

    @Test
    public void fiftyThreadsRideOutAnExpiryEverySecond() throws Exception {
        ManagedConnection<Connection> shared = connections().singleton("snowflake", Map.of("name", "sf-load",
                "url", emulator.jdbcUrl(), "account", "emulator", "user", "load", "password", "load-secret",
                "ssl", "off"));
        assertEquals(7, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));

        Outcomes outcomes = new Outcomes();
        Set<String> expired = new HashSet<>();
        CountDownLatch started = new CountDownLatch(THREADS);
        long begin = System.currentTimeMillis();
        long end = begin + RUN_MILLIS;
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread caller = new Thread(() -> {
                started.countDown();
                while (System.currentTimeMillis() < end) {
                    outcomes.call(shared);
                }
            }, "sf-load-caller-" + i);
            caller.start();
            callers.add(caller);
        }
        started.await();
        // The last expiry comes a second before the end, so that the callers find it.
        for (long tick = 1; tick < RUN_MILLIS / EXPIRY_EVERY_MILLIS; tick++) {
            Thread.sleep(Math.max(0, begin + tick * EXPIRY_EVERY_MILLIS - System.currentTimeMillis()));
            for (String session : emulator.sessionIds()) {
                if (expired.add(session)) {
                    emulator.expireSession(session, SessionExpiry.NOT_RENEWABLE);
                }
            }
        }
        for (Thread caller : callers) {
            caller.join(TimeUnit.SECONDS.toMillis(30));
        }
        List<String> hanging = callers.stream().filter(Thread::isAlive).map(Thread::getName).toList();

        System.out.printf("SnowflakeExpiryUnderLoadIT: %d calls succeeded, %d failed on %d expired sessions "
                + "(%.1f per expiry, at most %d allowed; error codes %s), %d reopens%n", outcomes.succeeded.get(),
                outcomes.failures.size(), expired.size(), (double) outcomes.failures.size() / expired.size(), THREADS,
                outcomes.errorCodes, shared.status().reopenCount());
        assertTrue("callers still in a call 30 s after the run ended: " + hanging, hanging.isEmpty());
        assertTrue("unexpected failures: " + outcomes.unexpected, outcomes.unexpected.isEmpty());
        assertTrue("a thread failed twice on one expired session: " + outcomes.repeated, outcomes.repeated.isEmpty());
        assertTrue("calls failed only on expired sessions", expired.containsAll(outcomes.failedSessions()));
        assertTrue("about one expiry per second: " + expired.size(), expired.size() >= RUN_MILLIS / EXPIRY_EVERY_MILLIS - 3);
        assertTrue("calls succeeded throughout: " + outcomes.succeeded, outcomes.succeeded.get() > 10L * THREADS);
        assertEquals("one reopen per expiry", expired.size(), shared.status().reopenCount());
        assertEquals("only the live session is open on the server", 1, emulator.openSessionCount());

        connectorBundle.stop();
        await("every session is closed on the server", () -> emulator.openSessionCount() == 0);
    }

    /** What the callers saw, from many threads. */
    private static final class Outcomes {
        final AtomicLong succeeded = new AtomicLong();
        final Map<String, Long> unexpected = new ConcurrentHashMap<>();
        /**
         * The driver's errors, by vendor code, for calls on a session that expired or that the reopen
         * closed under them: 390114 (expired), 390111 (gone), 200024 and 200037 (statement or result
         * set closed with it), the emulator's H2 error 90067, the driver's "connection is closed"
         * (code 0), or the platform's own 08003 where the driver would have answered with no rows or
         * an unchecked exception. Which one a call gets depends on where it was when the session
         * ended, so they are reported, not asserted: what is asserted is that each is an
         * {@link SQLException} on an expired session, once per thread and session.
         */
        final Map<Integer, Long> errorCodes = new ConcurrentHashMap<>();
        final List<String> repeated = new CopyOnWriteArrayList<>();
        /** Thread name, then the Snowflake session its call failed on. */
        final Set<Map.Entry<String, String>> failures = ConcurrentHashMap.newKeySet();

        void call(ManagedConnection<Connection> shared) {
            Connection connection;
            String session;
            try {
                connection = shared.get();
                session = connection.unwrap(SnowflakeConnection.class).getSessionID();
            } catch (RuntimeException | SQLException e) {
                unexpected.merge("get() threw " + e, 1L, Long::sum);
                return;
            }
            try {
                if (queryInt(connection, "SELECT COUNT(*) FROM ITEMS") != 7) {
                    unexpected.merge("a wrong count", 1L, Long::sum);
                }
                succeeded.incrementAndGet();
            } catch (SQLException e) {
                errorCodes.merge(e.getErrorCode(), 1L, Long::sum);
                if (!failures.add(Map.entry(Thread.currentThread().getName(), session))) {
                    repeated.add(Thread.currentThread().getName() + " on session " + session);
                }
            } catch (RuntimeException | AssertionError e) {
                unexpected.merge("the query threw " + e, 1L, Long::sum);
            }
        }

        Set<String> failedSessions() {
            Set<String> sessions = new HashSet<>();
            failures.forEach(failure -> sessions.add(failure.getValue()));
            return sessions;
        }
    }
}
