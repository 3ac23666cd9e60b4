package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

import st.connection.api.ConnectorInfo;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Every sentence a failed login can show, produced by the shipped connectors for real (H2 through
 * {@code jdbc} and {@code h2mem}, the Snowflake driver against the emulator), then produced again
 * with the password set to each word of that sentence: the sentence must not change, since it is
 * built from fixed words and never edited where a secret occurs. None names an internal host or port;
 * the log keeps them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FailureMessagesIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:messages;DB_CLOSE_DELAY=-1";
    private static final String SF_PASSWORD = "alice-messages-secret";

    private Connection observer;
    private SnowflakeEmulator emulator;
    private Bundle snowflake;
    private Bundle example;
    private int closedPort;
    /** Listens, and never accepts: a login that tried to reach it leaves a connection in its backlog. */
    private ServerSocket trap;

    /** H2 slows every wrong password down, and retries refused TCP connects: neither is what is tested here. */
    @Configuration
    public Option[] config() {
        return options(composite(snowflakeFrameworkFor(FailureMessagesIT.class)),
                systemProperty("h2.delayWrongPasswordMin").value("0"), systemProperty("h2.delayWrongPasswordMax").value("0"),
                systemProperty("h2.socketConnectRetry").value("0"));
    }

    @Before
    public void startDataSources() throws Exception {
        observer = createDatabase(URL);
        emulator = SnowflakeEmulator.builder().user("alice", SF_PASSWORD).start();
        snowflake = installedBundle("st.connection.snowflake");
        snowflake.start();
        example = context().installBundle("file:" + System.getProperty("bundles.dir", "target/bundles")
                + "/st.connection.example.jar");
        example.start();
        await("the connectors are available", () -> connections().connectors().stream().map(ConnectorInfo::name)
                .collect(Collectors.toSet()).containsAll(Set.of("jdbc", "snowflake", "h2mem")));
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        trap.setSoTimeout(200);
    }

    @After
    public void stopDataSources() throws Exception {
        trap.close();
        example.uninstall();
        snowflake.stop();
        emulator.close();
        observer.close();
    }

    /** A way to fail a login: a form, what is typed besides the password, and how the data source behaves. */
    private record Scenario(String name, LoginForm form, Map<String, String> typed, Runnable before) {
    }

    private static LoginForm form(String connector, Map<String, String> options, String... fields) {
        List<FormField> asked = new ArrayList<>();
        for (String field : fields) {
            asked.add(FormField.text(field, ""));
        }
        asked.add(FormField.secret("password"));
        return new LoginForm("messages-" + connector, connector, "Messages", asked, options, 0);
    }

    private List<Scenario> scenarios() {
        Map<String, String> sf = Map.of("url", emulator.jdbcUrl(), "account", "emulator", "ssl", "off");
        Map<String, String> alice = Map.of("user", "alice");
        Runnable nothing = () -> { };
        List<Scenario> scenarios = new ArrayList<>(List.of(
                new Scenario("jdbc, wrong password", form("jdbc", Map.of("url", URL), "user"), alice, nothing),
                new Scenario("jdbc, server unreachable", form("jdbc", Map.of("url", "jdbc:h2:tcp://127.0.0.1:" + closedPort
                        + "/mem:gone"), "user"), alice, nothing),
                new Scenario("jdbc, another failure", form("jdbc", Map.of("url", URL + ";NO_SUCH_SETTING=1"), "user"), alice,
                        nothing),
                new Scenario("a huge value", form("jdbc", Map.of("url", URL), "user"), Map.of("user", "u".repeat(5000)),
                        nothing),
                new Scenario("a control character", form("jdbc", Map.of("url", URL), "user"), Map.of("user", "a\u0000b"),
                        nothing),
                new Scenario("no such connector", form("absent", Map.of(), "user"), alice, nothing),
                new Scenario("h2mem, database name", form("h2mem", Map.of(), "database", "user"),
                        Map.of("database", "x;INIT=RUNSCRIPT FROM 'http://127.0.0.1:9/x.sql'", "user", "sa"), nothing),
                new Scenario("snowflake, wrong password", form("snowflake", sf, "user"), alice, nothing),
                new Scenario("snowflake, account", form("snowflake", Map.of("ssl", "off"), "account", "user"),
                        Map.of("account", "127.0.0.1:" + trap.getLocalPort() + "/#", "user", "alice"), nothing),
                new Scenario("snowflake, url", form("snowflake", Map.of("url", "http://127.0.0.1:" + trap.getLocalPort() + "/",
                        "account", "emulator"), "user"), alice, nothing),
                new Scenario("snowflake, server unreachable", form("snowflake", Map.of("url", "jdbc:snowflake://127.0.0.1:"
                        + closedPort + "/", "account", "emulator", "ssl", "off", "maxHttpRetries", "1"), "user"), alice,
                        nothing)));
        for (int code : new int[] {390102, 390144, 390303, 390201, 390111, 390112, 390114}) {
            scenarios.add(new Scenario("snowflake, refused with " + code, form("snowflake", sf, "user"), alice,
                    () -> emulator.refuseLogins(code, "Refused by the emulator for the test.")));
        }
        return scenarios;
    }

    private String failureOf(Scenario scenario, String password) {
        Map<String, Object> entered = new HashMap<>(scenario.typed());
        entered.put("password", password.toCharArray());
        try {
            connections().user("messages").login(scenario.form(), entered);
        } catch (LoginFailedException e) {
            return e.getMessage();
        }
        connections().user("messages").end();
        throw new AssertionError(scenario.name() + ": logged in with password '" + password + "'");
    }

    /** Each word as it stands in the sentence, and without its punctuation. */
    private static Set<String> wordsOf(String sentence) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : sentence.split("\\s+")) {
            words.add(word);
            words.add(word.replaceAll("\\p{Punct}", ""));
        }
        words.remove("");
        return words;
    }

    @Test
    public void aPasswordEqualToAnyWordOfAnyShippedSentenceLeavesTheSentenceAsItIs() throws IOException {
        Map<String, String> sentences = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        for (Scenario scenario : scenarios()) {
            scenario.before().run();
            try {
                String sentence = failureOf(scenario, "neutral-" + System.nanoTime());
                sentences.put(scenario.name(), sentence);
                for (String word : wordsOf(sentence)) {
                    String again = failureOf(scenario, word);
                    if (!again.equals(sentence)) {
                        changed.add(scenario.name() + ", password '" + word + "': " + again);
                    }
                }
            } finally {
                emulator.acceptLogins();
            }
        }
        assertEquals("sentences that changed with the password: " + changed, List.of(), changed);
        for (Map.Entry<String, String> sentence : sentences.entrySet()) {
            String text = sentence.getValue();
            assertTrue(sentence + " is one sentence", text.matches("[A-Z][^\\n]{10,300}\\."));
            assertFalse(sentence + " names no address", text.contains("127.0.0.1") || text.contains(String.valueOf(closedPort))
                    || text.contains(String.valueOf(emulator.port())) || text.contains("localhost"));
        }
        String log = logOf(FailureMessagesIT.class);
        assertTrue("the log keeps the endpoint", log.contains("Connecting to Snowflake at 127.0.0.1:" + closedPort));
        assertTrue("the log keeps the driver's reason", log.contains("Connection refused") && log.contains(":" + closedPort));
        assertFalse("nothing is masked in the log", log.contains("***"));
        assertNotLogged(FailureMessagesIT.class, SF_PASSWORD, ALICE_PASSWORD);
    }

    @Test
    public void nothingWasOpenedByTheRefusals() throws Exception {
        int before = sessionCount(observer);
        for (Scenario scenario : scenarios()) {
            scenario.before().run();
            try {
                failureOf(scenario, "neutral");
            } finally {
                emulator.acceptLogins();
            }
        }
        assertEquals(before, sessionCount(observer));
        assertEquals(0, emulator.openSessionCount());
        try (java.net.Socket reached = trap.accept()) {
            fail("a refused login connected to " + reached.getLocalSocketAddress());
        } catch (java.net.SocketTimeoutException untouched) {
            // nothing steered a connection to the trap
        }
        if (connections().user("messages").current("messages-jdbc").isPresent()) {
            fail("a refused login left a connection");
        }
    }
}
