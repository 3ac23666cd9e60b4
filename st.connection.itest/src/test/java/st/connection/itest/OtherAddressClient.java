package st.connection.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser on another loopback address, e.g. 127.0.0.2, so that the server sees another client
 * address: the JDK's HttpClient cannot choose its local address. Plain HTTP/1.0 over a socket, one
 * request per connection, cookies kept, no redirect followed.
 */
final class OtherAddressClient {

    private static final Pattern CSRF = Pattern.compile("name='csrf' value='([^']+)'");

    private final InetAddress local;
    private final int port = Integer.getInteger("itest.http.port");
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastBody = "";

    /**
     * @param status the HTTP status code
     * @param headers the header lines, {@code Name: value}
     * @param body the body as text
     */
    record Response(int status, List<String> headers, String body) {
    }

    OtherAddressClient(String localAddress) throws IOException {
        this.local = InetAddress.getByName(localAddress);
    }

    Response get(String path) throws IOException {
        return send("GET " + path + " HTTP/1.0\r\n", "");
    }

    Response post(String path, Map<String, String> form) throws IOException {
        String body = form.entrySet().stream().map(e -> WebClient.encode(e.getKey()) + "=" + WebClient.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST " + path + " HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n", body);
    }

    /** @return the CSRF token of the last page received */
    String csrfToken() {
        Matcher matcher = CSRF.matcher(lastBody);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in:\n" + lastBody);
        }
        return matcher.group(1);
    }

    private Response send(String head, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            String cookieLine = cookies.isEmpty() ? "" : "Cookie: " + cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")) + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: 127.0.0.1:" + port + "\r\n" + cookieLine + "\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        for (String header : headers) {
            if (header.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
                String pair = header.substring(11).strip().split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        Response response = new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        if (response.status() == 200) {
            lastBody = response.body();
        }
        return response;
    }
}
