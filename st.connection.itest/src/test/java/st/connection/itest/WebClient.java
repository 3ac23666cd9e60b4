package st.connection.itest;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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
 * A plain HTTP client with its own cookies, as one browser would be: it follows no redirect, so
 * tests see each 303, and it reads the CSRF token from the last page it got.
 */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name='csrf' value='([^']+)'");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = "http://127.0.0.1:" + System.getProperty("itest.http.port");
    private final String authorization;
    private String lastBody = "";

    private WebClient(String authorization) {
        this.authorization = authorization;
    }

    /** @return a client that logs in to the Web Console with its default credentials */
    static WebClient consoleAdmin() {
        return new WebClient("Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
    }

    /** @return a client of an application user, without console credentials */
    static WebClient applicationUser() {
        return new WebClient(null);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return post(path, body);
    }

    HttpResponse<String> post(String path, String urlEncodedBody) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody)));
    }

    /** @return the CSRF token of the last page received */
    String csrfToken() {
        Matcher matcher = CSRF.matcher(lastBody);
        assertTrue("the page has a CSRF token:\n" + lastBody, matcher.find());
        return matcher.group(1);
    }

    /** @return a form for an action, with the last page's CSRF token */
    Map<String, String> form(String action, String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrfToken());
        form.put("action", action);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    /** @return the current session cookie's value, or {@code null} */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    /** Sets a cookie as another site could (cookie tossing), or as a tampered browser would. */
    void setCookie(String name, String value, String path) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(path);
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base + path), cookie);
    }

    /** @return the entries of a zip the path answers with, each as UTF-8 text, by entry name */
    Map<String, String> getZip(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(path + " answered " + response.statusCode(), response.statusCode() == 200);
        Map<String, String> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(response.body()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 200) {
            lastBody = response.body();
        }
        return response;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
