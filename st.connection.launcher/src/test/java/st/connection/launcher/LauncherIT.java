package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import net.snowflake.client.jdbc.SnowflakeDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Starts the packaged launcher jar as a person would, in a fresh working directory on a free
 * port, and checks what it promises: every bundle active, the console served with the default
 * credentials, the demo connection registered, a log file, and a clean stop on SIGTERM.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LauncherIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final int ACTIVE = 32;
    private static final int RESOLVED = 4;

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process launcher;
    private int port;

    private void startLauncher(String... options) throws Exception {
        port = freePort();
        Path jar = Path.of(System.getProperty("launcher.jar", "target/st.connection.launcher.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged launcher").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--port", String.valueOf(port)));
        command.addAll(List.of(options));
        output.clear();
        launcher = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .start();
        launcher.getOutputStream().close();
        Thread reader = new Thread(this::collectOutput, "launcher output");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void killLauncher() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesTheConsoleWithEveryBundleActiveAndStopsCleanlyOnSigterm() throws Exception {
        startLauncher();
        String ready = awaitLine("st.connection ready in ");
        assertThat(ready).contains("http://127.0.0.1:" + port + "/system/console (admin/admin)")
                .contains("demo users alice/wonderland, bob/builder");

        JsonNode bundles = getJson("/system/console/bundles.json").get("data");
        List<String> names = new ArrayList<>();
        for (JsonNode bundle : bundles) {
            names.add(bundle.get("symbolicName").asText());
            int state = bundle.get("stateRaw").asInt();
            boolean fragment = bundle.get("fragment").asBoolean();
            assertThat(state == ACTIVE || fragment && state == RESOLVED)
                    .as("%s is %s", bundle.get("symbolicName").asText(), bundle.get("state").asText()).isTrue();
        }
        assertThat(names).contains("st.connection.api", "st.connection.core", "st.connection.jdbc", "st.connection.demo",
                "com.h2database", "org.apache.felix.scr", "org.apache.felix.fileinstall", "org.apache.felix.http.jetty12",
                "org.apache.felix.webconsole", "org.apache.felix.webconsole.plugins.ds", "org.apache.felix.gogo.shell",
                "st.connection.snowflake", "st.connection.snowflake.emulator");

        assertThat(demoConnectionProperties()).containsEntry("st.connection.connector", "jdbc");
        assertThat(home.resolve("load/st.connection.singleton-demo.cfg")).exists();
        assertThat(home.resolve("load/st.connection.login-h2.cfg")).exists();

        launcher.destroy();
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        assertThat(launcher.exitValue()).as("exit status; output:%n%s", String.join("\n", output)).isZero();

        String log = Files.readString(home.resolve("logs/st-connection.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO org.apache.felix.http - Started Jetty", "Demo data loaded into 'demo'",
                "st.connection ready in ", "SIGTERM received: stopping", "st.connection stopped");
        assertThat(log).as("no password in the log").doesNotContain("wonderland", "admin/admin");
    }

    @Test
    void runsASnowflakeEmulatorWithTheSampleTablesOnlyWhenAskedTo() throws Exception {
        startLauncher("--snowflake-emulator");
        String announced = awaitLine("Snowflake emulator at ");
        String url = announced.substring("Snowflake emulator at ".length(), announced.indexOf(' ', "Snowflake emulator at ".length()));
        Properties alice = new Properties();
        alice.putAll(Map.of("user", "alice", "password", "wonderland", "account", "emulator", "ssl", "off",
                "disablePlatformDetection", "true"));
        try (Connection connection = new SnowflakeDriver().connect(url, alice);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CUSTOMERS")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("sample customers in the emulator").isEqualTo(20);
        }
        assertThat(Files.readString(home.resolve("load/st.connection.login-snowflake.cfg")))
                .contains("connector=snowflake", url.substring("jdbc:snowflake://".length()));
        stopLauncher();

        startLauncher();
        awaitLine("st.connection ready in ");
        assertThat(output).noneMatch(line -> line.startsWith("Snowflake emulator at "));
        assertThat(home.resolve("load/st.connection.login-snowflake.cfg")).doesNotExist();
        assertThat(home.resolve("load/st.connection.snowflake.emulator.cfg")).doesNotExist();
        stopLauncher();
        assertThat(Files.readString(home.resolve("logs/st-connection.log"), StandardCharsets.UTF_8))
                .as("no password in the log").doesNotContain("wonderland");
    }

    private void stopLauncher() throws InterruptedException {
        launcher.destroy();
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
    }

    /** @return the service properties of the ManagedConnection named demo, as strings */
    private Map<String, String> demoConnectionProperties() throws Exception {
        for (JsonNode service : getJson("/system/console/services.json").get("data")) {
            if (!service.get("types").asText().contains("st.connection.api.ManagedConnection")) {
                continue;
            }
            Map<String, String> properties = new HashMap<>();
            JsonNode detail = getJson("/system/console/services/" + service.get("id").asText() + ".json").get("data").get(0);
            for (JsonNode property : detail.get("props")) {
                properties.put(property.get("key").asText(), property.get("value").asText());
            }
            if ("demo".equals(properties.get("st.connection.name"))) {
                return properties;
            }
        }
        throw new AssertionError("No ManagedConnection service named demo");
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            if (!launcher.isAlive()) {
                throw new AssertionError("The launcher exited with " + launcher.exitValue() + ":\n" + String.join("\n", output));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No line starting with '" + prefix + "' within " + READY_WITHIN + ":\n" + String.join("\n", output));
    }

    private void collectOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
