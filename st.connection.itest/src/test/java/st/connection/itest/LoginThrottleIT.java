package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
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

import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Online password guessing through the login page and the console, against a Snowflake emulator
 * behind the real driver, with the throttle's default limits: the data source sees a bounded
 * number of failures, the guesser gets {@code 429}, and the person with the right password on
 * another address logs in at once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoginThrottleIT extends ITestSupport {

    private static final String PASSWORD = "alice-throttle-secret";
    private static final String FORM = "warehouse";
    /** The default limits: 5 free failures per address, then waits of 1, 2 and 4 s fit into 10 s. */
    private static final int MOST_FAILURES_SEEN = 8;

    private SnowflakeEmulator emulator;
    private Bundle connector;

    @Configuration
    public Option[] config() {
        return webSnowflakeFrameworkFor(LoginThrottleIT.class);
    }

    @Before
    public void startEmulatorAndForm() throws Exception {
        emulator = SnowflakeEmulator.builder().user("alice", PASSWORD).user("bob", PASSWORD).start();
        connector = installedBundle("st.connection.snowflake");
        connector.start();
        startWebBundles();
        configure("st.connection.login", Map.of("name", FORM, "connector", "snowflake", "title", "Warehouse",
                "fields", "user,password:secret", "options", new String[] {"url=" + emulator.jdbcUrl(), "account=emulator",
                    "ssl=off"}));
        configure("st.connection.gate", Map.of("patterns", "/warehouse/*", "form", FORM));
        WebClient probe = WebClient.applicationUser();
        await("the login page offers the form", () -> {
            try {
                return probe.get("/login?form=" + FORM).statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        });
    }

    @After
    public void stopEmulator() throws Exception {
        connector.stop();
        emulator.close();
    }

    @Test
    public void fiftyWrongPasswordsInTenSecondsReachTheDataSourceAFewTimesAndTheRightOneFromElsewhereStillWorks()
            throws Exception {
        WebClient guesser = WebClient.applicationUser();
        long failedBefore = emulator.failedLoginCount();
        int refused = 0;
        String refusal = null;
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            guesser.get("/login?form=" + FORM);
            HttpResponse<String> answer = guesser.post("/login", guesser.form("login", "form", FORM, "user", "alice",
                    "password", "guess-" + i));
            if (answer.statusCode() == 429) {
                refused++;
                refusal = answer.body();
                assertTrue("Retry-After", answer.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"));
            } else {
                assertEquals(303, answer.statusCode());
            }
            Thread.sleep(Math.max(0, (i + 1) * 200L - (System.nanoTime() - start) / 1_000_000));
        }
        long reached = emulator.failedLoginCount() - failedBefore;
        assertTrue("the emulator saw " + reached + " failed logins", reached > 0 && reached <= MOST_FAILURES_SEEN);
        assertEquals(50 - reached, refused);
        assertTrue(refusal, refusal.matches("(?s).*<p id='refusal'>Too many failed logins; wait \\d+ seconds? and try "
                + "again\\.</p>.*"));

        OtherAddressClient alice = new OtherAddressClient("127.0.0.2");
        alice.get("/login?form=" + FORM + "&return=/warehouse/");
        OtherAddressClient.Response loggedIn = alice.post("/login", Map.of("csrf", alice.csrfToken(), "action", "login",
                "form", FORM, "user", "alice", "password", PASSWORD, "return", "/warehouse/"));
        assertEquals(303, loggedIn.status());
        assertTrue(loggedIn.headers().toString(), loggedIn.headers().contains("Location: /warehouse/"));
        assertEquals("alice is connected", 1, emulator.openSessionCount());

        HttpResponse<String> stillGuessing = guesser.post("/login", guesser.form("login", "form", FORM, "user", "bob",
                "password", "another-guess"));
        assertEquals("the guessing address waits, whatever the user name", 429, stillGuessing.statusCode());
        WebClient console = WebClient.consoleAdmin();
        console.get(LoginPanelIT.PANEL);
        HttpResponse<String> throughTheConsole = console.post(LoginPanelIT.PANEL, console.form("login", "form", FORM,
                "user", "bob", "password", "guess-in-the-console"));
        assertEquals("the console's forms count the same address", 429, throughTheConsole.statusCode());
        assertEquals("nothing more reached the emulator", failedBefore + reached, emulator.failedLoginCount());
    }
}
