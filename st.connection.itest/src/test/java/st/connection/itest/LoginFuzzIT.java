package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Every login form field of every shipped connector, fuzzed through the console panel: huge values,
 * control characters, what separates hosts, ports, paths, fragments and JDBC settings, other
 * scripts, encodings. Each attempt ends in one sentence that does not repeat the value, and nothing
 * connects to anything but the data source configured: a trap port that a steered connection would
 * reach stays untouched.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoginFuzzIT extends ITestSupport {

    private static final Pattern MESSAGE = Pattern.compile("id='login-([^']+)-message'>([^<]*)</p>");

    private ServerSocket trap;
    private SnowflakeEmulator emulator;
    private Bundle snowflake;
    private Bundle example;
    private Connection h2mem;
    private WebClient admin;

    /** H2 slows every wrong password down: not what is tested here. */
    @Configuration
    public Option[] config() {
        return options(composite(webSnowflakeFrameworkFor(LoginFuzzIT.class)),
                systemProperty("h2.delayWrongPasswordMin").value("0"), systemProperty("h2.delayWrongPasswordMax").value("0"));
    }

    @Before
    public void startDataSources() throws Exception {
        trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        trap.setSoTimeout(200);
        emulator = SnowflakeEmulator.builder().user("alice", "alice-fuzz-secret").start();
        snowflake = installedBundle("st.connection.snowflake");
        snowflake.start();
        example = context().installBundle("file:" + System.getProperty("bundles.dir", "target/bundles")
                + "/st.connection.example.jar");
        example.start();
        h2mem = observer("jdbc:h2:mem:fuzzdb");
        allowManyFailedLogins();
        startWebBundles();
        configure("st.connection.login", Map.of("name", "fuzz-jdbc", "connector", "jdbc", "fields", "user,password:secret",
                "options", "url=jdbc:h2:mem:fuzzdb"));
        configure("st.connection.login", Map.of("name", "fuzz-snowflake", "connector", "snowflake",
                "fields", "account,user,password:secret,warehouse,database,schema,role",
                "options", new String[] {"url=" + emulator.jdbcUrl(), "ssl=off"}));
        admin = WebClient.consoleAdmin();
        await("the panel offers every form", () -> {
            try {
                String page = admin.get(LoginPanelIT.PANEL).body();
                return List.of("fuzz-jdbc", "fuzz-snowflake", "h2mem", "snowflake").stream()
                        .allMatch(form -> page.contains("id='login-" + form + "'"));
            } catch (Exception notYet) {
                return false;
            }
        });
    }

    @After
    public void stopDataSources() throws Exception {
        h2mem.close();
        example.uninstall();
        snowflake.stop();
        emulator.close();
        trap.close();
    }

    private List<String> fuzz() {
        String steer = "127.0.0.1:" + trap.getLocalPort();
        return List.of("x".repeat(300), "x".repeat(5000), "\u0000", "a\u0000b", "a\r\nb", "\t", "\u001b[31m", ";", "a;b",
                "x;INIT=RUNSCRIPT FROM 'http://" + steer + "/x.sql'", ":", "/", "#", steer + "/#", "a/b", "a#b",
                "user@" + steer + "/", "//" + steer, "Åsa", "名前", "\u202eevil", "ｘｙ１２３", "%00", "a%00b", "..", "'", "\"");
    }

    /** The fields of each form, with valid values for the fields not being fuzzed. */
    private static Map<String, Map<String, String>> forms() {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("fuzz-jdbc", Map.of("user", "alice", "password", "wrong"));
        forms.put("h2mem", Map.of("database", "fuzzdb", "user", "alice", "password", "wrong"));
        forms.put("fuzz-snowflake", Map.of("account", "emulator", "user", "alice", "password", "wrong", "warehouse", "WH",
                "database", "DB", "schema", "PUBLIC", "role", "ANALYST"));
        // The connector's own form has no URL: only the account names the server, so only the account is fuzzed
        // here (with a valid one the server would be <account>.snowflakecomputing.com, on the internet).
        forms.put("snowflake", Map.of("account", "emulator"));
        return forms;
    }

    @Test
    public void everyFieldOfEveryShippedFormRefusesInOneSentenceAndConnectsNowhereElse() throws Exception {
        long sessionsBefore = emulator.loginCount();
        List<String> unclear = new ArrayList<>();
        int attempts = 0;
        for (Map.Entry<String, Map<String, String>> form : forms().entrySet()) {
            for (String field : form.getValue().keySet()) {
                for (String value : fuzz()) {
                    Map<String, String> values = new LinkedHashMap<>(form.getValue());
                    values.put(field, value);
                    String message = attempt(form.getKey(), values);
                    attempts++;
                    if (!message.matches("[A-Z][^<\\n]{10,300}\\.") || value.length() > 2 && message.contains(value)) {
                        unclear.add(form.getKey() + "." + field + "=" + value + " -> " + message);
                    }
                }
            }
        }
        assertEquals("attempts without one clear sentence: " + unclear, List.of(), unclear);
        assertTrue(attempts > 300);
        try (Socket steered = trap.accept()) {
            fail("a login was steered to " + steered.getLocalSocketAddress());
        } catch (SocketTimeoutException untouched) {
            // nothing connected to the trap
        }
        assertEquals("no fuzzed login was accepted by the emulator", sessionsBefore, emulator.loginCount());
        assertEquals(0, emulator.openSessionCount());
        assertEquals("nothing was run in H2 by a setting in a value", 0, queryInt(h2mem,
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"));
    }

    /** @return the sentence the panel shows next to the form after the login */
    private String attempt(String form, Map<String, String> values) throws Exception {
        admin.get(LoginPanelIT.PANEL);
        Map<String, String> post = admin.form("login", "form", form);
        post.putAll(values);
        int status = admin.post(LoginPanelIT.PANEL, post).statusCode();
        String page = admin.get(LoginPanelIT.PANEL).body();
        Matcher message = MESSAGE.matcher(page);
        while (message.find()) {
            if (message.group(1).equals(form)) {
                return message.group(2);
            }
        }
        return "(no message; status " + status + (page.contains("id='connected-" + form + "'") ? ", connected" : "") + ")";
    }
}
