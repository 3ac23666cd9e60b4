package st.connection.benchmarks;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jol.info.GraphLayout;

import st.connection.api.CacheStatistics;
import st.connection.api.ManagedConnection;

/**
 * Heap per cached cell, measured with JOL: the object graph of the cached result of the 100-row x
 * 6-column query (its rows, cells, column descriptions and label index), against the driver's
 * values of the same rows alone (no arrays, no maps). Goal: within 2x. Not a JMH benchmark: it
 * measures bytes, not time. Run as {@code CellFootprint <result.json>}.
 *
 * <p>The cached result is reached through a hit's result set (the H2 replay's captured rows are
 * its private type), after every cell was read with {@code getObject}, so the answers the replay
 * remembers count too. Only what the cache keeps is walked: the rows of H2 values, the column
 * descriptions, the label index and the remembered answers; the captured rows' connection would
 * reach H2's whole database. Ehcache's holder and the key (about 150 bytes per entry) are not
 * counted.
 */
public final class CellFootprint {

    private static final String URL = "jdbc:h2:mem:footprint;DB_CLOSE_DELAY=-1";

    private CellFootprint() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchmarkPlatform platform = BenchmarkPlatform.start(); Connection h2 = platform.rawH2(URL)) {
            BenchData.createOrders(h2);
            Object[][] rows = BenchData.read(h2, BenchData.ORDERS);
            long cells = (long) rows.length * rows[0].length;
            long rawBytes = GraphLayout.parseInstance(Arrays.stream(rows).flatMap(Arrays::stream)
                    .filter(cell -> cell != null).toArray()).totalSize();

            ManagedConnection<Connection> cached = platform.connections().singleton("jdbc", Map.of("name",
                    "bench-footprint", "url", URL, "user", "sa", "password", "", "ttl", "3600", "cache.scope", "shared"));
            BenchData.read(cached.get(), BenchData.ORDERS);
            long cachedBytes = cachedResultBytes(cached.get());
            platform.requireCacheHits("bench-footprint", true);
            long estimated = platform.queryCache().statistics().stream()
                    .filter(s -> s.connection().equals("bench-footprint")).mapToLong(CacheStatistics::approximateBytes)
                    .sum();

            String json = String.format(Locale.ROOT, """
                    {
                      "result": "100 rows x 6 columns (INT, VARCHAR, DECIMAL, DOUBLE, TIMESTAMP, BOOLEAN)",
                      "cells": %d,
                      "rawValueBytes": %d,
                      "rawBytesPerCell": %.1f,
                      "cachedEntryBytes": %d,
                      "cachedBytesPerCell": %.1f,
                      "ratio": %.2f,
                      "cacheStatisticsEstimateBytes": %d
                    }
                    """, cells, rawBytes, (double) rawBytes / cells, cachedBytes, (double) cachedBytes / cells,
                    (double) cachedBytes / rawBytes, estimated);
            System.out.print(json);
            if (args.length > 0) {
                Files.writeString(Path.of(args[0]), json);
            }
        }
    }

    /** @return the bytes of the cached result a hit of {@link BenchData#ORDERS} reads */
    private static long cachedResultBytes(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet hit = statement.executeQuery(BenchData.ORDERS)) {
            Object replayed = hit.getClass().getSimpleName().equals("H2ReplayedResultSet") ? hit : field(hit, "result");
            Object captured = field(replayed, "captured");
            return GraphLayout.parseInstance(field(captured, "rows"), field(captured, "columns"),
                    field(captured, "labelIndex"), field(captured, "defaultObjects")).totalSize();
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException notHere) {
                // its superclass may declare it
            }
        }
        throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
    }
}
