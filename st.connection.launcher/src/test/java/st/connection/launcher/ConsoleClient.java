package st.connection.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Connections panel of a running launcher as a browser without JavaScript uses it: HTTP Basic
 * as {@code admin}, the session cookie, and the CSRF token the page carries.
 */
final class ConsoleClient {

    static final String PANEL = "/system/console/connections";
    private static final Pattern CSRF = Pattern.compile("name='csrf' value='([^']+)'");

    private final RunningLauncher launcher;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization = "Basic "
            + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    ConsoleClient(RunningLauncher launcher) {
        this.launcher = launcher;
    }

    /** @return the panel's HTML */
    String panel() throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(request().GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + PANEL + " answered " + page.statusCode());
        }
        return page.body();
    }

    /** Posts one of the panel's forms with the page's CSRF token, as its button would. */
    void post(Map<String, String> fields) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(panel());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on the panel");
        }
        Map<String, String> form = new LinkedHashMap<>(Map.of("csrf", token.group(1)));
        form.putAll(fields);
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(request().header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 303) {
            throw new AssertionError("POST " + PANEL + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(launcher.url(PANEL))).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(10));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
