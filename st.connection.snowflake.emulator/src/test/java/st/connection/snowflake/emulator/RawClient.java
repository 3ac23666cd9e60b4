package st.connection.snowflake.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Plain HTTP requests to the emulator, for what the driver does not let a test control. */
final class RawClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SnowflakeEmulator sf;

    RawClient(SnowflakeEmulator sf) {
        this.sf = sf;
    }

    JsonNode login(String user, String password) throws IOException {
        return send("POST", "/session/v1/login-request", null,
                "{\"data\":{\"LOGIN_NAME\":\"" + user + "\",\"PASSWORD\":\"" + password + "\"}}");
    }

    JsonNode send(String method, String pathAndQuery, String token, String json) throws IOException {
        HttpURLConnection http = (HttpURLConnection) new URL("http://127.0.0.1:" + sf.port() + pathAndQuery).openConnection();
        try {
            http.setRequestMethod(method);
            http.setRequestProperty("Connection", "close");
            http.setRequestProperty("Content-Type", "application/json");
            if (token != null) {
                http.setRequestProperty("Authorization", "Snowflake Token=\"" + token + "\"");
            }
            if (json != null) {
                http.setDoOutput(true);
                try (OutputStream out = http.getOutputStream()) {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                }
            }
            try (InputStream in = http.getInputStream()) {
                return MAPPER.readTree(in);
            }
        } finally {
            http.disconnect();
        }
    }
}
