package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

    private static final int ACTIVE = 32;
    private static final int RESOLVED = 4;

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private RunningLauncher launcher;

    @AfterEach
    void killLauncher() throws InterruptedException {
        if (launcher != null) {
            launcher.close();
        }
    }

    @Test
    void appliesTheFilesInLoadWithoutEverWritingThem() throws Exception {
        Path form = Files.createDirectories(home.resolve("load")).resolve("st.connection.login-extra.cfg");
        Files.writeString(form, "name=extra\nconnector=jdbc\nfields=user,password:secret\noptions=url=jdbc:h2:mem:x\n");
        FileTime written = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(form, written);

        launcher = RunningLauncher.start(home).awaitReady();

        ConsoleClient console = new ConsoleClient(launcher);
        assertThat(console.panel()).contains("id='form-extra'");
        // A file dropped now is applied by a later scan than the first: once its form is listed,
        // FileInstall has had its chance to write the first file back, and to write this one.
        Path later = home.resolve("load/st.connection.login-later.cfg");
        Files.writeString(later, "name=later\nconnector=jdbc\nfields=user,password:secret\noptions=url=jdbc:h2:mem:y\n");
        Files.setLastModifiedTime(later, written);
        awaitPanel(console, "id='form-later'");
        assertThat(Files.getLastModifiedTime(form)).as("FileInstall never rewrites a file it applied").isEqualTo(written);
        assertThat(Files.getLastModifiedTime(later)).as("nor one it applied at run time").isEqualTo(written);
    }

    @Test
    void servesTheConsoleWithEveryBundleActiveAndStopsCleanlyOnSigterm() throws Exception {
        launcher = RunningLauncher.start(home);
        String ready = launcher.awaitLine("st.connection ready in ");
        assertThat(ready).contains("http://127.0.0.1:" + launcher.port() + "/system/console (admin/admin)")
                .contains("demo users alice/wonderland, bob/builder")
                .contains("demo application http://127.0.0.1:" + launcher.port() + "/demo");

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
                "st.connection.snowflake", "st.connection.snowflake.emulator", "st.connection.ui", "st.connection.commands",
                "st.connection.operations", "org.apache.felix.configadmin.plugin.interpolation",
                "org.apache.felix.healthcheck.core", "org.apache.felix.healthcheck.webconsoleplugin");

        assertThat(demoConnectionProperties()).containsEntry("st.connection.connector", "jdbc");
        assertThat(home.resolve("load/st.connection.singleton-demo.cfg")).exists();
        assertThat(home.resolve("load/st.connection.login-h2.cfg")).exists();
        assertThat(home.resolve("load/st.connection.gate-demo.cfg")).exists();
        readsTheOrdersAfterLoggingIn("/demo", "h2");
        monitoringSeesTheDemoConnectionHealthyWithItsPasswordFromSecrets();

        assertThat(launcher.stop()).as("exit status; output:%n%s", String.join("\n", launcher.output())).isZero();

        String log = LauncherLog.of(home).assertNoneContains("wonderland", "builder", "admin/admin").text();
        assertThat(log).contains("INFO org.apache.felix.http - Started Jetty", "Demo data loaded into 'demo'",
                "st.connection ready in ", "SIGTERM received: stopping", "st.connection stopped");
    }

    @Test
    void runsASnowflakeEmulatorWithTheSampleTablesOnlyWhenAskedTo() throws Exception {
        launcher = RunningLauncher.start(home, "--snowflake-emulator");
        String announced = launcher.awaitLine("Snowflake emulator at ");
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
        readsTheOrdersAfterLoggingIn("/snowflake-demo", "snowflake");
        readsTheOrdersAfterLoggingIn("/snowpark-demo", "snowpark");
        ConsoleClient console = new ConsoleClient(launcher);
        console.post(Map.of("action", "login", "form", "snowflake", "user", "bob", "password", "builder"));
        assertThat(console.panel()).contains("Connected as <b>bob</b> to <b>snowflake</b>");
        consolePagesShowNoPasswordOfTheEmulatorsUsers();
        assertThat(launcher.stop()).as("exit status; output:%n%s", String.join("\n", launcher.output())).isZero();
        LauncherLog.of(home).assertHasSnowflakeDriverLines().assertNoneContains("wonderland", "builder");

        launcher = RunningLauncher.start(home);
        launcher.awaitLine("st.connection ready in ");
        assertThat(launcher.output()).noneMatch(line -> line.startsWith("Snowflake emulator at "));
        assertThat(home.resolve("load/st.connection.login-snowflake.cfg")).doesNotExist();
        assertThat(home.resolve("load/st.connection.snowflake.emulator.cfg")).doesNotExist();
        assertThat(home.resolve("load/st.connection.gate-snowflake-demo.cfg")).doesNotExist();
        assertThat(home.resolve("load/st.connection.login-snowpark.cfg")).doesNotExist();
        assertThat(home.resolve("load/st.connection.singleton-snowpark-shared.cfg")).doesNotExist();
        assertThat(launcher.stop()).as("exit status; output:%n%s", String.join("\n", launcher.output())).isZero();
        LauncherLog.of(home).assertNoneContains("wonderland", "builder");
    }

    @Test
    void refusesToServeTheConsoleBeyondLoopbackWithItsDefaultPassword() throws Exception {
        launcher = RunningLauncher.start(home, "--host", "0.0.0.0");
        assertThat(launcher.awaitExit()).isEqualTo(2);
        assertThat(String.join("\n", launcher.output())).contains("Not started: on 0.0.0.0 the Web Console would accept "
                + "its default password, and whoever logs in to it can run code on this machine; set username and "
                + "password in load/org.apache.felix.webconsole.internal.servlet.OsgiManager.cfg first");
        assertThat(home.resolve("felix-cache")).as("nothing was started").doesNotExist();

        Files.writeString(Files.createDirectories(home.resolve("load")).resolve(
                "org.apache.felix.webconsole.internal.servlet.OsgiManager.cfg"), "username=admin\npassword=admin\n");
        launcher = RunningLauncher.start(home, "--host", "0.0.0.0");
        assertThat(launcher.awaitExit()).as("the default password written down is still the default").isEqualTo(2);
    }

    @Test
    void servesBeyondLoopbackWithTheConsoleCredentialsSetInLoad() throws Exception {
        String password = "operator-launcher-secret";
        Files.createDirectories(home.resolve("load"));
        Files.writeString(home.resolve("load/org.apache.felix.webconsole.internal.servlet.OsgiManager.cfg"),
                "username=operator\npassword=" + password + "\n");
        launcher = RunningLauncher.start(home, "--host", "0.0.0.0");
        String ready = launcher.awaitLine("st.connection ready in ");
        assertThat(ready).contains("(the user and password of load/org.apache.felix.webconsole.internal.servlet.OsgiManager.cfg)")
                .doesNotContain(password);

        // FileInstall applies the console's file from load/ too; the Web Console then registers its
        // security provider anew, and a request in between is refused with 403 instead of 401.
        assertThat(consoleStatus("admin", "admin")).as("the default is refused").isIn(401, 403);
        awaitConsoleStatus("operator", password, 200);
        assertThat(consoleStatus("admin", "admin")).as("the default is refused").isIn(401, 403);
        assertThat(launcher.stop()).isZero();
        LauncherLog.of(home).assertNoneContains(password);
    }

    /** Polls the console's panel until it shows the text; fails after 20 s. */
    private static void awaitPanel(ConsoleClient console, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!console.panel().contains(text)) {
            assertThat(System.nanoTime()).as("the panel shows %s within 20 s", text).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Polls the console's panel with these credentials until it answers with the status; fails after 10 s. */
    private void awaitConsoleStatus(String user, String password, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int last;
        while ((last = consoleStatus(user, password)) != status) {
            assertThat(System.nanoTime()).as("the console answers %d, not %d, within 10 s", status, last)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private int consoleStatus(String user, String password) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(launcher.url("/system/console/connections")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A gated demo page, its login form and the orders it reads, as a browser without JavaScript uses them. */
    private void readsTheOrdersAfterLoggingIn(String page, String form) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> gated = browser.send(HttpRequest.newBuilder(URI.create(launcher.url(page))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gated.statusCode()).isEqualTo(303);
        String login = gated.headers().firstValue("Location").orElseThrow();
        String returnAddress = URLEncoder.encode(page, StandardCharsets.UTF_8);
        assertThat(login).isEqualTo("/login?form=" + form + "&return=" + returnAddress);
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(launcher.url(login))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name='csrf' value='([^']+)'").matcher(loginPage);
        assertThat(token.find()).as("a login form in:%n%s", loginPage).isTrue();
        String fields = "csrf=" + token.group(1) + "&action=login&form=" + form + "&user=alice&password=wonderland&return="
                + returnAddress;
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(launcher.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.headers().firstValue("Location")).contains(page);
        String orders = browser.send(HttpRequest.newBuilder(URI.create(launcher.url(page))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(orders).contains("Logged in as <b id='user'>alice</b>");
        assertThat(Pattern.compile("<tr class='order'>").matcher(orders).results().count()).isEqualTo(15);
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

    /** The demo connection opened with its password from secrets/ (a reference in load/), and /system/health says so without a login. */
    private void monitoringSeesTheDemoConnectionHealthyWithItsPasswordFromSecrets() throws Exception {
        assertThat(Files.readString(home.resolve("load/st.connection.singleton-demo.cfg")))
                .contains("password=$[secret:demo-db]");
        assertThat(home.resolve("secrets/demo-db")).exists();
        HttpRequest request = HttpRequest.newBuilder(URI.create(launcher.url(
                "/system/health?tags=st.connection&format=json&forceInstantExecution=true")))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        HttpResponse<String> health = http.send(request, HttpResponse.BodyHandlers.ofString());
        while (!health.body().contains("st.connection shared connection demo") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            health = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonNode results = json.readTree(health.body());
        assertThat(results.get("overallResult").asText()).as(health.body()).isEqualTo("OK");
        assertThat(health.body()).contains("st.connection shared connection demo", "st.connection configuration",
                "The shared connection 'demo' is open since");
    }

    /**
     * The emulator's users and the Snowpark demo's password come from secrets/: the Configuration
     * page, the Components page and every file of the Configuration Status zip (whose Components
     * printer lists component properties unmasked) show neither as a value.
     */
    private void consolePagesShowNoPasswordOfTheEmulatorsUsers() throws Exception {
        assertThat(Files.readString(home.resolve("load/st.connection.snowflake.emulator.cfg")))
                .contains("users=$[secret:emulator-users]");
        Map<String, String> pages = new HashMap<>();
        for (String path : List.of("/system/console/configMgr", "/system/console/configMgr/st.connection.snowflake.emulator.json",
                "/system/console/components", "/system/console/connections")) {
            pages.put(path, new String(getBytes(path), StandardCharsets.UTF_8));
        }
        assertThat(pages.get("/system/console/configMgr")).contains("st.connection.snowflake.emulator");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                getBytes("/system/console/config/configuration-status.zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                pages.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(pages.keySet()).as("the zip holds the components").anyMatch(name -> name.toLowerCase().contains("components"));
        assertThat(String.join("\n", pages.values())).as("the emulator's configuration is listed")
                .contains("st.connection.snowflake.emulator");
        // the demo forms' descriptions tell the demo passwords on purpose; no configuration value holds them
        Pattern passwordValue = Pattern.compile("(?i)(password|users)\"?\\s*[=:]\\s*\\[?\"?(alice:)?wonderland");
        pages.forEach((page, text) -> {
            assertThat(text).as(page).doesNotContain("alice:wonderland", "bob:builder");
            assertThat(passwordValue.matcher(text).find()).as(page + ": a password value in%n%s", text).isFalse();
        });
    }

    private byte[] getBytes(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(launcher.url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(launcher.url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
