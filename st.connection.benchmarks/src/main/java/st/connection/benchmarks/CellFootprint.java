package st.connection.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jol.info.GraphLayout;

import st.connection.api.CacheStatistics;
import st.connection.api.ManagedConnection;

/**
 * Heap per cached cell, measured with JOL: the growth of everything the query cache service holds
 * when it caches the 100-row x 6-column result, against the driver's values of the same rows
 * alone (no arrays, no maps). Goal: within 2x. Not a JMH benchmark: it measures bytes, not time.
 * Run as {@code CellFootprint <result.json>}.
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
            Object cache = platform.queryCache();
            BenchData.read(cached.get(), "SELECT 1");
            long before = heldBy(cache);
            BenchData.read(cached.get(), BenchData.ORDERS);
            long cachedBytes = heldBy(cache) - before;
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

    /** @return the bytes reachable from the cache service, measured until two walks agree (other threads may allocate) */
    private static long heldBy(Object cache) {
        long previous = -1;
        for (int attempt = 0; attempt < 5; attempt++) {
            System.gc();
            long size = GraphLayout.parseInstance(cache).totalSize();
            if (size == previous) {
                return size;
            }
            previous = size;
        }
        return previous;
    }
}
