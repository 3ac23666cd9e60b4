package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the rows of one chunk as Snowflake's JSON chunk files hold them, {@code [..],[..]}
 * without enclosing brackets, gzipped; knows the sizes the answer announces.
 */
final class ChunkWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    private final GZIPOutputStream out;
    private long uncompressedSize;
    private int rows;

    ChunkWriter() {
        try {
            out = new GZIPOutputStream(compressed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(ArrayNode row) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(row);
            if (rows > 0) {
                out.write(',');
                uncompressedSize++;
            }
            out.write(bytes);
            uncompressedSize += bytes.length;
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int rows() {
        return rows;
    }

    long uncompressedSize() {
        return uncompressedSize;
    }

    byte[] finish() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
