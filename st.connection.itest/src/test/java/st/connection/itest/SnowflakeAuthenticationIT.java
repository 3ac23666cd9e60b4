package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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

import net.snowflake.client.jdbc.SnowflakeConnection;
import st.connection.api.ConnectionFailedException;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;
import st.connection.snowflake.emulator.EmulatorKeyPair;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/** Key-pair and OAuth logins, and an unreachable server, through the connector in Felix. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SnowflakeAuthenticationIT extends ITestSupport {

    private static final String PASSPHRASE = "carol-key-passphrase";
    private static final String TOKEN = "dave-oauth-access-token";

    private Path keys;
    private EmulatorKeyPair carol;
    private SnowflakeEmulator emulator;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(SnowflakeAuthenticationIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        keys = Files.createTempDirectory("st-connection-keys");
        carol = EmulatorKeyPair.generate(keys.resolve("carol.p8"), PASSPHRASE.toCharArray());
        emulator = SnowflakeEmulator.builder().userWithKey("carol", carol.publicKey()).oauthToken(TOKEN, "dave")
                .start();
        await("the snowflake connector is available",
                () -> connections().connectors().stream().anyMatch(c -> c.name().equals("snowflake")));
    }

    /** Restarting the connector closes every connection it opened while the server is still there. */
    @After
    public void stopEmulator() throws Exception {
        installedBundle("st.connection.snowflake").stop();
        installedBundle("st.connection.snowflake").start();
        emulator.close();
        try (var files = Files.list(keys)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(keys);
    }

    private Map<String, Object> keyPair(String passphrase) {
        return new HashMap<>(Map.of("url", emulator.jdbcUrl(), "account", "emulator", "ssl", "off", "user", "carol",
                "authenticator", "SNOWFLAKE_JWT", "private_key_file", carol.privateKeyFile().toString(),
                "private_key_file_pwd", passphrase));
    }

    @Test
    public void aSharedConnectionLogsInWithAnEncryptedPrivateKey() throws Exception {
        Map<String, Object> params = keyPair(PASSPHRASE);
        params.put("name", "sf-key-pair");
        ManagedConnection<Connection> shared = connections().singleton("snowflake", params);

        Connection connection = shared.get();

        assertEquals(1, queryInt(connection, "SELECT 1"));
        String session = connection.unwrap(SnowflakeConnection.class).getSessionID();
        assertEquals("carol", emulator.sessionUser(session));
        assertNotLogged(SnowflakeAuthenticationIT.class, PASSPHRASE);
    }

    @Test
    public void aWrongPassphraseSaysToCheckTheKeyFile() {
        Map<String, Object> params = keyPair("not-the-" + PASSPHRASE);
        params.put("name", "sf-key-pair-wrong");
        ManagedConnection<Connection> shared = connections().singleton("snowflake", params);
        try {
            shared.get();
            fail("connected with a wrong passphrase");
        } catch (ConnectionFailedException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Could not open the shared connection "
                    + "'sf-key-pair-wrong': The private key file could not be read; check its path and passphrase"));
            assertFalse(e.getMessage().contains(PASSPHRASE));
        }
        assertEquals(0, emulator.loginCount());
    }

    @Test
    public void aPersonLogsInWithAnOAuthTokenAndAForgedOneIsRefused() throws Exception {
        LoginForm form = new LoginForm("sf-oauth", "snowflake", "Snowflake (OAuth)", List.of(FormField.secret("token")),
                Map.of("url", emulator.jdbcUrl(), "account", "emulator", "ssl", "off", "authenticator", "oauth"), 0);
        UserConnections session = connections().user("sf-oauth-user");
        try {
            session.login(form, new HashMap<>(Map.of("token", "forged".toCharArray())));
            fail("logged in with a forged token");
        } catch (LoginFailedException e) {
            assertEquals("The OAuth access token was not accepted; it may have expired, so get a new one.",
                    e.getMessage());
        }
        ManagedConnection<Connection> dave = session.login(form, new HashMap<>(Map.of("token", TOKEN.toCharArray())));
        String id = dave.get().unwrap(SnowflakeConnection.class).getSessionID();
        assertEquals("dave", emulator.sessionUser(id));
        assertNotLogged(SnowflakeAuthenticationIT.class, TOKEN);
        session.end();
    }

    @Test
    public void aServerThatIsGoneIsToldInOneSentenceThatNamesNoAddressWhileTheLogKeepsIt() throws Exception {
        String url = emulator.jdbcUrl();
        String endpoint = url.substring("jdbc:snowflake://".length(), url.length() - 1);
        emulator.close();
        LoginForm form = new LoginForm("sf-gone", "snowflake", "Snowflake", List.of(FormField.text("user", ""),
                FormField.secret("password")), Map.of("url", url, "account", "emulator", "ssl", "off"), 0);
        try {
            connections().user("sf-gone-user").login(form,
                    new HashMap<>(Map.of("user", "alice", "password", "irrelevant".toCharArray())));
            fail("logged in to a server that is gone");
        } catch (LoginFailedException e) {
            assertEquals("Snowflake cannot be reached; check the account name and the network.", e.getMessage());
        }
        assertTrue("the log names the endpoint", logOf(SnowflakeAuthenticationIT.class).contains(
                "Connecting to Snowflake at " + endpoint + " for account 'emulator' failed"));
    }
}
