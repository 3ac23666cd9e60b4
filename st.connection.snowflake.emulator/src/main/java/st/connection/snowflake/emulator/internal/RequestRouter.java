package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * Reads each HTTP request, applies the injected latency, hands it to the handler of its endpoint and
 * writes the JSON answer, always with HTTP 200 (the driver loses error codes of other statuses).
 * A request for any other endpoint is counted and answered with {@link SnowflakeErrorCodes#UNSUPPORTED_REQUEST}.
 */
final class RequestRouter implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);
    private static final String TOKEN_PREFIX = "Token=\"";

    private final ObjectMapper mapper;
    private final Map<String, EndpointHandler> handlers;
    private final FaultInjector faults;
    private final Counters counters;

    /** @param handlers by "METHOD /path" */
    RequestRouter(ObjectMapper mapper, Map<String, EndpointHandler> handlers, FaultInjector faults, Counters counters) {
        this.mapper = mapper;
        this.handlers = Map.copyOf(handlers);
        this.faults = faults;
        this.counters = counters;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            faults.delay();
            JsonNode reply;
            try {
                reply = answer(read(exchange));
            } catch (IOException e) {
                LOG.warn("Unreadable request {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                reply = SnowflakeError.of(SnowflakeErrorCodes.INTERNAL_ERROR,
                        "The Snowflake emulator could not read the request: " + e.getMessage()).toReply();
            }
            respond(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonNode answer(EmulatorRequest request) {
        String route = request.method() + " " + routePath(request.path());
        EndpointHandler handler = handlers.get(route);
        if (handler == null || (request.path().equals("/session") && !"true".equals(request.queryParameter("delete")))) {
            counters.unsupportedRequestReceived();
            LOG.warn("Unsupported request {}; the emulator answers it with error {}", route,
                    SnowflakeErrorCodes.UNSUPPORTED_REQUEST);
            return SnowflakeError.of(SnowflakeErrorCodes.UNSUPPORTED_REQUEST,
                    "The Snowflake emulator does not support " + route + ".").toReply();
        }
        try {
            return handler.handle(request);
        } catch (SnowflakeError e) {
            return e.toReply();
        } catch (Exception e) {
            LOG.warn("Request {} failed in the emulator", route, e);
            return SnowflakeError.of(SnowflakeErrorCodes.INTERNAL_ERROR,
                    "Snowflake emulator failure: " + e).toReply();
        }
    }

    /** The route of a path with an id in it: {@code /queries/{id}/result}, {@code /monitoring/queries/{id}}. */
    private static String routePath(String path) {
        if (path.startsWith("/queries/") && path.endsWith("/result") && path.length() > "/queries//result".length()) {
            return "/queries/{id}/result";
        }
        if (path.startsWith("/monitoring/queries/") && path.length() > "/monitoring/queries/".length()) {
            return "/monitoring/queries/{id}";
        }
        return path;
    }

    private EmulatorRequest read(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        JsonNode body;
        try (InputStream raw = exchange.getRequestBody();
                InputStream in = encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip")
                        ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readAllBytes();
            body = bytes.length == 0 ? MissingNode.getInstance() : mapper.readTree(bytes);
        }
        return new EmulatorRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()),
                token(exchange.getRequestHeaders().getFirst("Authorization")), body);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The token of {@code Authorization: Snowflake Token="..."}. */
    private static String token(String authorization) {
        if (authorization == null) {
            return null;
        }
        int start = authorization.indexOf(TOKEN_PREFIX);
        if (start < 0) {
            return null;
        }
        start += TOKEN_PREFIX.length();
        int end = authorization.indexOf('"', start);
        return end < 0 ? authorization.substring(start) : authorization.substring(start, end);
    }

    private void respond(HttpExchange exchange, JsonNode reply) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(reply);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
