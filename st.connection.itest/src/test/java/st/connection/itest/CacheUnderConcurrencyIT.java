package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.osgi.service.cm.ConfigurationAdmin;

import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;

/**
 * Callers waiting for an identical query another caller runs keep their own timeout and can be
 * cancelled or interrupted, and changing the cache's configuration under load never fails a call
 * that succeeded. (That a leader's failure, its timeout included, is not passed to the callers
 * waiting for it is proven in core's unit tests: H2's query timeouts and cancels apply to a whole
 * session, so on a shared H2 connection they reach every statement anyway.)
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CacheUnderConcurrencyIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:concurrency;DB_CLOSE_DELAY=-1";
    /** Takes a few seconds in H2: long enough to wait for, short enough to run twice. */
    private static final String SLOW = "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 30000000) WHERE MOD(X, 13) < 20";

    private Connection observer;
    private ExecutorService threads;

    @Configuration
    public Option[] config() {
        return frameworkFor(CacheUnderConcurrencyIT.class);
    }

    @Before
    public void open() throws SQLException {
        observer = createDatabase(URL);
        countExecutions(observer);
        threads = Executors.newCachedThreadPool();
    }

    @After
    public void close() throws SQLException {
        threads.shutdownNow();
        service(QueryCache.class).invalidateAll();
        observer.close();
    }

    private static ManagedConnection<Connection> shared(String name) {
        return jdbc(connections().singleton("jdbc", Map.of("name", name, "url", URL, "user", "sa", "password",
                ADMIN_PASSWORD, "ttl", "600", "cache.scope", "shared", "validation.interval", "60000")));
    }

    /** Waits until H2 runs the statement in some session: its caller leads the identical ones. */
    private void awaitRunning(String sql) throws InterruptedException {
        await("H2 runs " + sql, () -> {
            try (PreparedStatement running = observer.prepareStatement(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT = ?")) {
                running.setString(1, sql);
                try (ResultSet rows = running.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) > 0;
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static int count(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(SLOW)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    public void aWaitingCallerKeepsItsOwnTimeoutAndCanBeCancelledOrInterrupted() throws Exception {
        ManagedConnection<Connection> shared = shared("followers");
        Future<Integer> leader = threads.submit(() -> {
            try (Statement statement = shared.get().createStatement()) {
                return count(statement);
            }
        });
        awaitRunning(SLOW);

        long started = System.nanoTime();
        try (Statement statement = shared.get().createStatement()) {
            statement.setQueryTimeout(1);
            count(statement);
            fail("a waiting caller with a timeout of 1 s gives up after it");
        } catch (SQLTimeoutException expected) {
            assertEquals("57014", expected.getSQLState());
        }
        long timedOutAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue("gave up after its own second, not the leader's run: " + timedOutAfter + " ms", !leader.isDone());

        Statement cancelled = shared.get().createStatement();
        java.util.concurrent.atomic.AtomicReference<Thread> waiter = new java.util.concurrent.atomic.AtomicReference<>();
        Future<?> waiting = threads.submit(() -> {
            waiter.set(Thread.currentThread());
            return count(cancelled);
        });
        await("the second caller waits for the leader's rows", () -> isWaitingForTheLeader(waiter.get()));
        cancelled.cancel();
        assertFailedWithState(waiting, "57014");
        cancelled.close();

        AtomicBoolean interruptKept = new AtomicBoolean();
        Future<?> interrupted = threads.submit(() -> {
            Thread.currentThread().interrupt();
            try (Statement statement = shared.get().createStatement()) {
                return count(statement);
            } finally {
                interruptKept.set(Thread.currentThread().isInterrupted());
            }
        });
        assertFailedWithState(interrupted, "57014");
        assertTrue("the interrupt stays set for the caller", interruptKept.get());
        assertTrue("the others gave up while the leader still ran", !leader.isDone());

        assertEquals(30_000_000, (int) leader.get(60, TimeUnit.SECONDS));
        assertEquals("one run of the query for all of them", 1, executions(observer, SLOW));
    }

    /** @return whether the thread waits in the cache for an identical query another caller runs */
    private static boolean isWaitingForTheLeader(Thread thread) {
        return thread != null && java.util.Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getMethodName().equals("awaitIdentical"));
    }

    private static void assertFailedWithState(Future<?> call, String state) throws Exception {
        try {
            call.get(30, TimeUnit.SECONDS);
            fail("the call should have failed");
        } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(String.valueOf(e.getCause()), e.getCause() instanceof SQLException);
            assertEquals(state, ((SQLException) e.getCause()).getSQLState());
        }
    }

    @Test
    public void changingTheCacheConfigurationUnderLoadNeverFailsACallThatSucceeded() throws Exception {
        try (Statement setup = observer.createStatement()) {
            setup.execute("CREATE TABLE IF NOT EXISTS WRITES(ID INT PRIMARY KEY, WRITER INT)");
            setup.execute("DELETE FROM WRITES");
        }
        ManagedConnection<Connection> shared = shared("reconfigured");
        AtomicInteger ids = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Future<?>> workers = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            int writer = worker;
            workers.add(threads.submit(() -> {
                while (running.get()) {
                    try (Statement statement = shared.get().createStatement()) {
                        statement.executeQuery("SELECT COUNT(*) FROM WRITES WHERE WRITER = " + writer).close();
                        if (statement.executeUpdate("INSERT INTO WRITES VALUES (" + ids.incrementAndGet() + ", "
                                + writer + ")") == 1) {
                            succeeded.incrementAndGet();
                        }
                    } catch (SQLException expectedUnderLoad) {
                        // a failed call is reported, and its write did not happen
                    } catch (RuntimeException e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        for (int change = 0; change < 20; change++) {
            admin.getConfiguration("st.connection.cache", "?").update(new Hashtable<>(Map.of("heap.megabytes",
                    String.valueOf(8 + change), "max.rows", String.valueOf(100 + change))));
            Thread.sleep(50);
        }
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.SECONDS);
        }
        admin.getConfiguration("st.connection.cache", "?").delete();
        assertEquals("no exception but SQLException: " + unexpected, List.of(), unexpected);
        assertTrue("the workers wrote", succeeded.get() > 20);
        assertEquals("every write that succeeded is there, none other", succeeded.get(),
                queryInt(observer, "SELECT COUNT(*) FROM WRITES"));
    }
}
