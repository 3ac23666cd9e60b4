package st.connection.snowflake.emulator.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chunks of large results, gzipped JSON rows, until the driver has downloaded them: a result
 * holds its first {@link #rowsPerChunk()} rows in the answer and the rest here, so memory holds
 * compressed text rather than a JSON tree of every row. At most {@link #maxBytes} are kept; the
 * oldest chunks go first. Thread safe: guarded by {@code this}.
 */
public final class ChunkStore {
    /** The path prefix chunk URLs share: {@code /emulator/chunks/<query id>/<index>}. */
    static final String PATH = "/emulator/chunks/";

    private final int rowsPerChunk;
    private final long maxBytes;
    private final Map<String, byte[]> chunks = new LinkedHashMap<>();
    private long bytes;
    private volatile String baseUrl = "";

    public ChunkStore(int rowsPerChunk, long maxBytes) {
        if (rowsPerChunk < 1) {
            throw new IllegalArgumentException("rows per chunk must be at least 1: " + rowsPerChunk);
        }
        this.rowsPerChunk = rowsPerChunk;
        this.maxBytes = maxBytes;
    }

    int rowsPerChunk() {
        return rowsPerChunk;
    }

    void baseUrl(String url) {
        baseUrl = url;
    }

    String url(String queryId, int index) {
        return baseUrl + PATH + queryId + "/" + index;
    }

    synchronized void put(String queryId, int index, byte[] gzipped) {
        byte[] previous = chunks.put(queryId + "/" + index, gzipped);
        bytes += gzipped.length - (previous == null ? 0 : previous.length);
        Iterator<byte[]> oldest = chunks.values().iterator();
        while (bytes > maxBytes && chunks.size() > 1 && oldest.hasNext()) {
            bytes -= oldest.next().length;
            oldest.remove();
        }
    }

    /** @param key {@code <query id>/<index>} */
    synchronized Optional<byte[]> get(String key) {
        return Optional.ofNullable(chunks.get(key));
    }

    synchronized long bytes() {
        return bytes;
    }
}
