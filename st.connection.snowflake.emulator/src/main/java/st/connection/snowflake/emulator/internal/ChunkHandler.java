package st.connection.snowflake.emulator.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Serves result chunks ({@link ChunkStore#PATH}) as a cloud store serves Snowflake's: the gzipped
 * rows with HTTP 200, 404 for a chunk no longer kept, and the status an injected chunk fault asks
 * for (the driver retries 5xx answers).
 */
final class ChunkHandler implements HttpHandler {
    private final ChunkStore chunks;
    private final FaultInjector faults;
    private final Counters counters;

    ChunkHandler(ChunkStore chunks, FaultInjector faults, Counters counters) {
        this.chunks = chunks;
        this.faults = faults;
        this.counters = counters;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            counters.chunkRequested();
            if (faults.takeChunkFailure()) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String key = exchange.getRequestURI().getPath().substring(ChunkStore.PATH.length());
            Optional<byte[]> chunk = chunks.get(key);
            if (chunk.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, chunk.get().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(chunk.get());
            }
        }
    }
}
