package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

import st.connection.api.ConnectionFailedException;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.ManagedConnection;
import st.connection.snowflake.emulator.SnowflakeEmulator;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * A shared Snowflake connection (the real driver) whose server refuses every login, slowly: one
 * attempt answers every caller queued behind it, and stopping the connector while a connect is
 * under way does not wait for that connect.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FailingReopenIT extends ITestSupport {

    private static final int CALLERS = 20;
    private static final Duration LATENCY = Duration.ofSeconds(2);
    /**
     * A bound on each caller's wait, not a performance figure: one slow attempt plus a generous
     * margin for a loaded machine, far below the 20 attempts in a row (40 s) of one per caller.
     */
    private static final long EVERY_CALLER_FAILS_WITHIN_MILLIS = LATENCY.toMillis() + 8_000;

    private SnowflakeEmulator emulator;
    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(FailingReopenIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        emulator = SnowflakeEmulator.builder().user("reopen", "reopen-secret").start();
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

    private ManagedConnection<Connection> shared(String name) {
        return connections().singleton("snowflake", Map.of("name", name, "url", emulator.jdbcUrl(), "account",
                "emulator", "user", "reopen", "password", "reopen-secret", "ssl", "off", "retry.delay", "60000"));
    }

    @Test
    public void aRefusedLoginIsTriedOnceAndFailsEveryCallerAtOnce() throws Exception {
        ManagedConnection<Connection> shared = shared("refused");
        emulator.refuseLogins(SnowflakeErrorCodes.INCORRECT_USERNAME_OR_PASSWORD,
                "Incorrect username or password was specified.");
        emulator.setLatency(LATENCY);
        long refusedBefore = emulator.failedLoginCount();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        CyclicBarrier together = new CyclicBarrier(CALLERS);
        try {
            List<Future<Long>> waits = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                waits.add(callers.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    long begin = System.nanoTime();
                    try {
                        shared.get();
                        throw new AssertionError("a refused login handed out a connection");
                    } catch (ConnectionFailedException expected) {
                        assertEquals("Could not open the shared connection 'refused': The user name or password is not "
                                + "correct.", expected.getMessage());
                    }
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
                }));
            }
            long[] millis = new long[CALLERS];
            for (int i = 0; i < CALLERS; i++) {
                millis[i] = waits.get(i).get(60, TimeUnit.SECONDS);
            }
            long refused = emulator.failedLoginCount() - refusedBefore;
            System.out.printf("FailingReopenIT: %d login attempt(s) for %d callers; waits %s ms%n", refused, CALLERS,
                    Arrays.toString(millis));
            assertEquals("one attempt for all the callers", 1, refused);
            for (long wait : millis) {
                assertTrue("a caller waited " + wait + " ms", wait < EVERY_CALLER_FAILS_WITHIN_MILLIS);
            }
        } finally {
            callers.shutdownNow();
            emulator.resetFaults();
        }
    }

    @Test
    public void stoppingTheConnectorDuringASlowConnectDoesNotWaitForIt() throws Exception {
        ManagedConnection<Connection> shared = shared("stopped-while-connecting");
        emulator.refuseLogins(SnowflakeErrorCodes.INCORRECT_USERNAME_OR_PASSWORD,
                "Incorrect username or password was specified.");
        Duration slow = Duration.ofSeconds(15);
        emulator.setLatency(slow);
        ExecutorService caller = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "slow-connect"));
        try {
            Future<Object> connecting = caller.submit(() -> shared.get());
            await("the caller is inside the connector's connect", () -> isConnecting("slow-connect"));
            long begin = System.nanoTime();
            connectorBundle.stop();
            long stopping = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            assertTrue("stopping the connector took " + stopping + " ms", stopping < slow.toMillis() / 2);
            try {
                connecting.get(slow.toMillis() + 30_000, TimeUnit.MILLISECONDS);
                fail("a connection was handed out by a stopped connector");
            } catch (ExecutionException expected) {
                assertTrue(String.valueOf(expected.getCause()), expected.getCause() instanceof ConnectorUnavailableException);
            }
            assertEquals(0, emulator.openSessionCount());
        } finally {
            caller.shutdownNow();
            emulator.resetFaults();
        }
    }

    private static boolean isConnecting(String threadName) {
        return Thread.getAllStackTraces().entrySet().stream().filter(e -> e.getKey().getName().equals(threadName))
                .flatMap(e -> Arrays.stream(e.getValue()))
                .anyMatch(frame -> frame.getClassName().endsWith("SnowflakeConnector") && frame.getMethodName().equals("connect"));
    }
}
