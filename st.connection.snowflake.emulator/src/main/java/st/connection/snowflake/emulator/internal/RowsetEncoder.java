package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an H2 result set into Snowflake's JSON {@code rowtype} and {@code rowset}; rows past the
 * first {@link ChunkStore#rowsPerChunk()} go into chunks the driver downloads.
 */
final class RowsetEncoder {
    private final ColumnTypeMapper mapper;
    private final ChunkStore chunks;

    RowsetEncoder(ColumnTypeMapper mapper, ChunkStore chunks) {
        this.mapper = mapper;
        this.chunks = chunks;
    }

    Rowset encode(ResultSet rs, String queryId) throws SQLException {
        List<ResultColumn> columns = mapper.columns(rs.getMetaData());
        int[] valueScales = new int[columns.size()];
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        List<Rowset.Chunk> written = new ArrayList<>();
        ChunkWriter chunk = null;
        long total = 0;
        while (rs.next()) {
            ArrayNode row = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < columns.size(); i++) {
                ResultColumn column = columns.get(i);
                String cell = column.type().encode(rs, i + 1);
                if (cell == null) {
                    row.addNull();
                    continue;
                }
                if (column.scaleFromValues()) {
                    valueScales[i] = Math.max(valueScales[i], fractionDigits(cell));
                }
                row.add(cell);
            }
            total++;
            if (total <= chunks.rowsPerChunk()) {
                rows.add(row);
                continue;
            }
            if (chunk == null) {
                chunk = new ChunkWriter();
            }
            chunk.add(row);
            if (chunk.rows() == chunks.rowsPerChunk()) {
                written.add(store(queryId, written.size(), chunk));
                chunk = null;
            }
        }
        if (chunk != null) {
            written.add(store(queryId, written.size(), chunk));
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).scaleFromValues()) {
                columns.set(i, columns.get(i).withScale(Math.min(valueScales[i], ColumnTypeMapper.MAX_SCALE)));
            }
        }
        return new Rowset(columns, rows, written, total);
    }

    private Rowset.Chunk store(String queryId, int index, ChunkWriter chunk) {
        byte[] gzipped = chunk.finish();
        chunks.put(queryId, index, gzipped);
        return new Rowset.Chunk(chunks.url(queryId, index), chunk.rows(), chunk.uncompressedSize(), gzipped.length);
    }

    /** Only the metadata, for a describe-only request. */
    Rowset describe(ResultSetMetaData metaData) throws SQLException {
        return new Rowset(mapper.columns(metaData), JsonNodeFactory.instance.arrayNode());
    }

    private static int fractionDigits(String decimal) {
        int point = decimal.indexOf('.');
        return point < 0 ? 0 : decimal.length() - point - 1;
    }
}
