package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import st.connection.api.ConfigurationProblem;
import st.connection.api.ManagedConnection;

/**
 * Secrets by reference: a shared connection's password comes from a file of the secrets directory
 * through the Config Admin interpolation plugin, and neither it nor secrets entered in clear are
 * shown by any page the Web Console serves (Configuration, Components, the Configuration Status
 * zip, the Connections panel), by {@code conn:list}, by the problem reports or in the log. A
 * reference that does not resolve is a problem naming the reference.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecretsIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:secrets;DB_CLOSE_DELAY=-1";
    /** Entered in clear, each under a secret key of a connector, in a configuration that waits for its connector. */
    private static final Map<String, String> IN_CLEAR = Map.of("password", "clear-password-itest",
            "private_key_file_pwd", "clear-passphrase-itest", "private_key_pwd", "clear-key-password-itest",
            "token", "clear-token-itest", "passcode", "clear-passcode-itest", "proxyPassword", "clear-proxy-itest",
            "passphrase", "clear-phrase-itest");

    @Configuration
    public Option[] config() {
        return secretsFrameworkFor(SecretsIT.class);
    }

    @Test
    public void noPageNoCommandNoProblemAndNoLogLineShowsASecretResolvedOrEnteredInClear() throws Exception {
        startOperationsBundles();
        Files.writeString(secretsDirectory(SecretsIT.class).toPath().resolve("secrets-db"), ADMIN_PASSWORD + "\n");
        try (Connection observer = createDatabase(URL)) {
            org.osgi.service.cm.Configuration referenced = configure("st.connection.singleton", Map.of(
                    "name", "secrets-ref", "connector", "jdbc", "url", URL, "user", "sa",
                    "password", "$[secret:secrets-db]"));
            Map<String, Object> clear = new LinkedHashMap<>(IN_CLEAR);
            clear.putAll(Map.of("name", "secrets-clear", "connector", "not-installed-yet", "url", URL));
            org.osgi.service.cm.Configuration inClear = configure("st.connection.singleton", clear);
            try {
                ManagedConnection<Connection> shared = jdbc(service(ManagedConnection.class,
                        "(st.connection.name=secrets-ref)"));
                assertEquals("the secret file's password opened it", 3, queryInt(shared.get(),
                        "SELECT COUNT(*) FROM ITEMS"));
                await("secrets-clear waits for its connector", () -> connections().configurationProblems().stream()
                        .anyMatch(p -> p.pid().equals(inClear.getPid())));

                WebClient console = WebClient.consoleAdmin();
                List<String> pages = new ArrayList<>();
                for (String path : new String[] {"/system/console/configMgr",
                    "/system/console/configMgr/" + referenced.getPid() + ".json",
                    "/system/console/configMgr/" + inClear.getPid() + ".json",
                    "/system/console/components",
                    "/system/console/components/st.connection.core.internal.SharedConnectionConfigurations",
                    "/system/console/connections", "/system/console/status-st.connection.txt",
                    "/system/console/status-st.connection.json"}) {
                    var response = console.get(path);
                    assertEquals(path + ": " + response.body(), 200, response.statusCode());
                    pages.add(path + "\n" + response.body());
                }
                assertTrue("the console lists the configuration", pages.get(1).contains("secrets-ref"));
                Map<String, String> zip = console.getZip("/system/console/config/configuration-status.zip");
                assertTrue("the zip has the Components, Configurations and st.connection status: " + zip.keySet(),
                        zip.keySet().stream().anyMatch(name -> name.contains("st_connection"))
                                && zip.keySet().stream().anyMatch(name -> name.toLowerCase().contains("components"))
                                && zip.keySet().stream().anyMatch(name -> name.contains("Configurations")));
                zip.forEach((name, text) -> pages.add(name + "\n" + text));
                try (GogoShell shell = new GogoShell()) {
                    pages.add("conn:list\n" + shell.execute("conn:list") + shell.output() + shell.error());
                }
                pages.add("problems\n" + connections().configurationProblems());
                pages.add("log\n" + logOf(SecretsIT.class));

                for (String page : pages) {
                    assertFalse("the resolved secret in " + page, page.contains(ADMIN_PASSWORD));
                    for (String secret : IN_CLEAR.values()) {
                        assertFalse(secret + " in " + page, page.contains(secret));
                    }
                }
            } finally {
                referenced.delete();
                inClear.delete();
            }
        }
    }

    @Test
    public void aReferenceThatDoesNotResolveIsAProblemNamingTheReference() throws Exception {
        org.osgi.service.cm.Configuration missingFile = configure("st.connection.singleton", Map.of(
                "name", "secrets-missing", "connector", "jdbc", "url", URL, "user", "sa",
                "password", "$[secret:no-such-secret]"));
        org.osgi.service.cm.Configuration missingVariable = configure("st.connection.singleton", Map.of(
                "name", "secrets-env", "connector", "jdbc", "url", URL, "user", "sa",
                "password", "$[env:ST_CONNECTION_ITEST_UNSET]"));
        try {
            await("both are reported", () -> problemOf(missingFile.getPid()) != null
                    && problemOf(missingVariable.getPid()) != null);
            ConfigurationProblem file = problemOf(missingFile.getPid());
            assertEquals("password", file.key());
            assertEquals("$[secret:no-such-secret]", file.value());
            assertTrue(file.message(), file.message().contains("the file 'no-such-secret' of the secrets directory"));
            assertEquals("$[env:ST_CONNECTION_ITEST_UNSET]", problemOf(missingVariable.getPid()).value());
            assertFalse("nothing registered", hasService(ManagedConnection.class, "(st.connection.name=secrets-missing)"));

            startOperationsBundles();
            String panel = WebClient.consoleAdmin().get("/system/console/connections").body();
            assertTrue(panel, panel.contains("$[secret:no-such-secret]"));
        } finally {
            missingFile.delete();
            missingVariable.delete();
        }
    }

    private static ConfigurationProblem problemOf(String pid) {
        return connections().configurationProblems().stream().filter(p -> p.pid().equals(pid)).findFirst()
                .orElse(null);
    }
}
