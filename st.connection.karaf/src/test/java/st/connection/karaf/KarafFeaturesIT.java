package st.connection.karaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import st.connection.karaf.KarafInstance.ClientResult;

/**
 * The features repository in a real Apache Karaf, as the README tells an operator to use it: the
 * repository added by its Maven link, {@code feature:install st-connection}, a shared connection
 * configured by a file dropped into {@code etc/}, a query through it and a connector bundle
 * installed and uninstalled at run time, all through Karaf's own shell ({@code bin/client}); then
 * the Snowflake feature and the console feature, whose Connections panel is served by Felix HTTP Jetty 12 and Web Console 5.
 * One Karaf for the class; the tests run in order, each building on the one before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KarafFeaturesIT {

    static final String FEATURES_URL = "mvn:st.connection/st.connection.karaf/1.0.0/xml/features";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Web Console 5's default user, whose password is its name too. */
    private static final String CONSOLE_USER = "admin";

    private static KarafInstance karaf;

    @BeforeAll
    static void startKaraf() throws Exception {
        Path repository = Path.of(System.getProperty("karaf.test.repository"));
        // the features repository where a deployed or installed artifact would be
        Path features = repository.resolve("st/connection/st.connection.karaf/1.0.0/st.connection.karaf-1.0.0-features.xml");
        Files.createDirectories(features.getParent());
        Files.copy(Path.of(System.getProperty("karaf.features")), features,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        karaf = new KarafInstance(Path.of(System.getProperty("karaf.distribution")),
                Path.of(System.getProperty("karaf.work")), repository);
        karaf.start();
    }

    @AfterAll
    static void stopKaraf() throws Exception {
        if (karaf != null) {
            karaf.close();
            assertThat(karaf.isRunning()).as("Karaf's processes are gone").isFalse();
        }
    }

    @Test
    @Order(1)
    void installsTheFeatureFromItsMavenLink() throws Exception {
        ok("feature:repo-add " + FEATURES_URL);
        ok("feature:install st-connection");

        assertThat(ok("feature:list -i")).containsPattern("(?m)^st-connection +\\| 1\\.0\\.0 +\\| +x? +\\| Started ");
        String bundles = ok("bundle:list -s -t 0");
        for (String name : new String[] {"st.connection.api", "st.connection.core", "st.connection.jdbc",
            "st.connection.cache.jdbc", "st.connection.cache.h2", "st.connection.commands", "com.h2database"}) {
            assertThat(bundles).as(name).containsPattern("(?m)\\| Active +\\| +\\d+ \\| [^|]+\\| " + name.replace(".", "\\.") + "$");
        }
        assertThat(await("conn:connectors", out -> out.contains("jdbc"))).containsPattern(
                "jdbc +java\\.sql\\.Connection +st\\.connection\\.jdbc +1\\.0\\.0 +active");
    }

    @Test
    @Order(2)
    void aConfigurationDroppedIntoEtcOpensASharedConnectionThatAnswersQueries() throws Exception {
        karaf.dropIntoEtc("st.connection.singleton-demo.cfg", """
                name=demo
                connector=jdbc
                url=jdbc:h2:mem:karaf-demo;DB_CLOSE_DELAY=-1
                user=sa
                """);

        String listed = await("conn:list", out -> out.contains("\ndemo "));
        assertThat(listed).containsPattern("NAME +CONNECTOR +STATE").containsPattern("\ndemo +jdbc +");
        assertThat(ok("conn:query demo \"SELECT X AS N FROM SYSTEM_RANGE(1, 3)\""))
                .isEqualTo("N\n-\n1\n2\n3\n(3 rows)\n");
        assertThat(ok("conn:list")).containsPattern("\ndemo +jdbc +OPEN +\\d{4}-");
    }

    @Test
    @Order(3)
    void aConnectorBundleInstalledAtRunTimeAppearsAndGoesWhenUninstalled() throws Exception {
        assertThat(ok("conn:connectors")).doesNotContain("h2mem");

        String installed = ok("bundle:install -s mvn:st.connection/st.connection.example/1.0.0");
        String id = installed.replaceAll("(?s).*Bundle ID: (\\d+).*", "$1");
        assertThat(id).as(installed).matches("\\d+");
        assertThat(await("conn:connectors", out -> out.contains("h2mem")))
                .containsPattern("h2mem +java\\.sql\\.Connection +st\\.connection\\.example +1\\.0\\.0 +active")
                .containsPattern("kv +\\S+ +st\\.connection\\.example");

        ok("bundle:uninstall " + id);
        assertThat(await("conn:connectors", out -> !out.contains("h2mem"))).doesNotContain("kv ")
                .contains("jdbc");
        assertThat(ok("conn:list")).containsPattern("\ndemo +jdbc +OPEN ");
    }

    @Test
    @Order(4)
    void theSnowflakeFeatureAddsItsConnectors() throws Exception {
        ok("feature:install st-connection-snowflake");

        assertThat(await("conn:connectors", out -> out.contains("snowpark")))
                .containsPattern("snowflake +java\\.sql\\.Connection +st\\.connection\\.snowflake +1\\.0\\.0 +active")
                .containsPattern("snowpark +\\S+ +st\\.connection\\.snowflake +1\\.0\\.0 +active");
    }

    @Test
    @Order(5)
    void theConsoleFeatureServesTheConnectionsPanelWithoutKarafsWebStack() throws Exception {
        int port = KarafInstance.freePort();
        karaf.dropIntoEtc("org.apache.felix.http.cfg",
                "org.osgi.service.http.port=" + port + "\norg.apache.felix.http.host=127.0.0.1\n");
        ok("feature:install st-connection-console");

        HttpResponse<String> panel = awaitServed(URI.create("http://127.0.0.1:" + port + "/system/console/connections"));
        assertThat(panel.statusCode()).as(panel.body()).isEqualTo(200);
        assertThat(panel.body()).contains("Connections").contains("demo").contains("jdbc");
        String features = ok("feature:list -i");
        assertThat(features).containsPattern("(?m)^st-connection-console +\\| 1\\.0\\.0 +\\| +x? +\\| Started ")
                .doesNotContainPattern("(?m)^(http|pax-web-core|webconsole|war) +\\|");
    }

    /** GETs the console page as its default user until Jetty and the Web Console serve it. */
    private static HttpResponse<String> awaitServed(URI page) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (CONSOLE_USER + ":" + CONSOLE_USER).getBytes(StandardCharsets.UTF_8)))
                .build();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 404 && response.statusCode() != 503 || System.nanoTime() > deadline) {
                    return response;
                }
            } catch (IOException e) {
                assertThat(System.nanoTime()).as("%s never answered: %s%n%s", page, e, karaf.log()).isLessThan(deadline);
            }
            Thread.sleep(500);
        }
    }

    /** @return what the command printed; fails on a non-zero exit or an error line from the shell */
    private static String ok(String command) throws IOException, InterruptedException {
        ClientResult result = karaf.client(command);
        // the session as an operator would see it, in target/failsafe-reports/*-output.txt
        System.out.println("karaf@root()> " + command + "\n" + result.output());
        assertThat(result.exitCode()).as("%s: %s%n%s", command, result, karaf.log()).isZero();
        assertThat(result.output()).as("%s: %s%n%s", command, result, karaf.log())
                .doesNotContainPattern("(?m)^(Error executing command|Command not found|There is no |The query failed)");
        return result.output().replace("\r\n", "\n");
    }

    /** Runs the command until its output passes, for what happens asynchronously (DS, FileInstall). */
    private static String await(String command, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String output = ok(command);
        while (!done.test(output)) {
            assertThat(System.nanoTime()).as("%s never showed what was expected; last output:%n%s%n%s", command,
                    output, karaf.log()).isLessThan(deadline);
            Thread.sleep(500);
            output = ok(command);
        }
        return output;
    }
}
