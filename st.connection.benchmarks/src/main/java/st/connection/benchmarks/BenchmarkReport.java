package st.connection.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the JMH results ({@code jmh.json}) and the footprint ({@code memory.json}) of one run
 * into the goals table of BENCHMARKS.md: each figure beside its baseline from the same run, the
 * ratio, the goal and whether it was met. Run as {@code BenchmarkReport <results folder>}.
 */
public final class BenchmarkReport {

    private final JsonNode jmh;
    private final List<String> lines = new ArrayList<>();

    private BenchmarkReport(JsonNode jmh) {
        this.jmh = jmh;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        BenchmarkReport report = new BenchmarkReport(json.readTree(folder.resolve("jmh.json").toFile()));
        report.write(folder.resolve("memory.json").toFile().exists() ? json.readTree(folder.resolve("memory.json")
                .toFile()) : null);
        String table = String.join("\n", report.lines) + "\n";
        System.out.print(table);
        Files.writeString(folder.resolve("summary.md"), table);
    }

    private void write(JsonNode memory) {
        lines.add("| figure | result | baseline (same run) | ratio | goal | met |");
        lines.add("|---|---|---|---|---|---|");
        Score get = score("ManagedGetBenchmark.managedGet", "");
        Score field = score("ManagedGetBenchmark.plainField", "");
        row("`get()`, open shared connection, 500 ms window", get, field, get.value / field.value,
                "under 10 ns per call", get.value < 10);
        Score trusting = score("ValidationOverTcpBenchmark.statementWithinTrustWindow", "");
        Score validating = score("ValidationOverTcpBenchmark.statementValidatingEveryCall", "");
        row("statement over TCP H2 within the trust window, vs validating every call", trusting, validating,
                validating.value / trusting.value, "report (prototype: 6x)", null);
        Score hit = score("CacheHitBenchmark.cacheHit", "query=ORDERS");
        Score h2 = score("CacheHitBenchmark.h2InMemoryUncached", "query=ORDERS");
        Score ceiling = score("CacheHitBenchmark.concurrentHashMap", "query=ORDERS");
        row("cache hit, 100 x 6, vs the same rows from a ConcurrentHashMap", hit, ceiling, hit.value / ceiling.value,
                "within 2x", hit.value / ceiling.value <= 2);
        Score oneHit = score("CacheHitBenchmark.cacheHit", "query=ONE_ORDER");
        Score oneCeiling = score("CacheHitBenchmark.concurrentHashMap", "query=ONE_ORDER");
        row("cache hit, 1 x 6, vs the same row from a ConcurrentHashMap", oneHit, oneCeiling,
                oneHit.value / oneCeiling.value, "within 3x", oneHit.value / oneCeiling.value <= 3);
        row("cache hit, 100 x 6, vs in-memory H2 uncached", hit, h2, h2.value / hit.value, "at least 50x faster",
                h2.value / hit.value >= 50);
        row("(scale) the same rows from a ConcurrentHashMap, vs in-memory H2 uncached", ceiling, h2,
                h2.value / ceiling.value, "the ceiling of the ratio above", null);
        Score snowflakeHit = score("SnowflakeCacheHitBenchmark.cacheHit", "");
        Score snowflake = score("SnowflakeCacheHitBenchmark.snowflakeEmulatorUncached", "");
        row("cache hit, 100 x 6, Snowflake driver, vs the emulator uncached", snowflakeHit, snowflake,
                snowflake.value / snowflakeHit.value, "at least 1000x faster", snowflake.value / snowflakeHit.value >= 1000);
        Score snowparkHit = score("SnowparkCacheHitBenchmark.cacheHit", "");
        Score snowpark = score("SnowparkCacheHitBenchmark.snowflakeEmulatorUncached", "");
        row("Snowpark `sql(...).collect()` hit, 100 x 6, vs the emulator uncached", snowparkHit, snowpark,
                snowpark.value / snowparkHit.value, "at least 1000x faster", snowpark.value / snowparkHit.value >= 1000);
        Score snowparkFrame = score("SnowparkCacheHitBenchmark.cacheHitSameDataFrame", "");
        row("(scale) Snowpark `collect()` hit of the same DataFrame, vs the emulator uncached", snowparkFrame, snowpark,
                snowpark.value / snowparkFrame.value, "report", null);
        Score keyValueHit = score("KeyValueHitBenchmark.cacheHit", "");
        Score keyValueMap = score("KeyValueHitBenchmark.concurrentHashMap", "");
        row("hit through a non-JDBC cache adapter (the example's key-value session), vs ConcurrentHashMap", keyValueHit,
                keyValueMap, keyValueHit.value / keyValueMap.value, "within 2x", keyValueHit.value / keyValueMap.value <= 2);
        Score clusteredHit = score("ClusteredHitBenchmark.clusteredHit", "");
        Score clusterBaseline = score("ClusteredHitBenchmark.snowflakeEmulatorUncached", "");
        row("hit in the clustered tier (Terracotta on loopback, kv example), vs the Snowflake emulator uncached",
                clusteredHit, clusterBaseline, clusterBaseline.value / clusteredHit.value, "at least 100x faster",
                clusterBaseline.value / clusteredHit.value >= 100);
        Score clusteredSnowflakeHit = score("ClusteredHitBenchmark.clusteredSnowflakeHit", "");
        row("hit in the clustered tier (Terracotta on loopback, Snowflake JDBC, 100 x 6), vs the emulator uncached",
                clusteredSnowflakeHit, clusterBaseline, clusterBaseline.value / clusteredSnowflakeHit.value,
                "at least 100x faster", clusterBaseline.value / clusteredSnowflakeHit.value >= 100);
        Score localHit = score("ClusteredHitBenchmark.localHit", "");
        row("(scale) hit in the clustered tier, vs the same hit on a node without a cluster", clusteredHit, localHit,
                clusteredHit.value / localHit.value, "report", null);
        Score write = score("WriteBenchmark.writeWithTenThousandCachedResults", "");
        Score plainWrite = score("WriteBenchmark.writeWithoutTtl", "");
        row("write on a connection with 10,000 cached results, vs the same write without a ttl", write, plainWrite,
                write.value / plainWrite.value, "within 2x", write.value / plainWrite.value <= 2);
        for (String query : List.of("ORDERS", "ONE_ORDER")) {
            for (String scope : List.of("session", "shared")) {
                String params = "query=" + query + ",scope=" + scope;
                Score sessions = score("SessionThroughputBenchmark.cacheHit", params);
                Score map = score("SessionThroughputBenchmark.concurrentHashMap", params);
                row("hits, 200 sessions on 2 threads, " + scope + " scope, " + (query.equals("ORDERS") ? "100 x 6"
                        : "1 x 6") + ", vs ConcurrentHashMap", sessions, map, map.value / sessions.value,
                        "within 3x", map.value / sessions.value <= 3);
            }
        }
        if (memory != null) {
            double ratio = memory.get("ratio").asDouble();
            lines.add(String.format(Locale.ROOT, "| heap per cached cell, 100 x 6 (JOL) | %.1f B | %.1f B (the values "
                    + "alone) | %.2fx | within 2x | %s |", memory.get("cachedBytesPerCell").asDouble(),
                    memory.get("rawBytesPerCell").asDouble(), ratio, ratio <= 2 ? "met" : "**missed**"));
        }
        Score miss = score("MissBenchmark.missMaterializing", "");
        Score iterate = score("MissBenchmark.iterateOnly", "");
        row("miss materializing 10k x 10, vs only iterating it", miss, iterate, miss.value / iterate.value,
                "at most 2x", miss.value / iterate.value <= 2);
        Score launcher = score("LauncherStartBenchmark.launcher", "");
        Score bare = score("LauncherStartBenchmark.bareFelix", "");
        row("launcher start to its ready line (console, bundles, demo data), vs bare Felix + SCR + HTTP + Web "
                + "Console to its console answering", launcher, bare, launcher.value / bare.value,
                "under 1.3x and under 2 s", launcher.value / bare.value < 1.3 && launcher.value < 2000);
        Score console = score("LauncherStartBenchmark.launcherConsoleAnswers", "");
        row("launcher start to its console answering (the baseline's criterion), vs the same bare Felix", console,
                bare, console.value / bare.value, "under 1.3x and under 2 s",
                console.value / bare.value < 1.3 && console.value < 2000);
    }

    private void row(String figure, Score result, Score baseline, double ratio, String goal, Boolean met) {
        lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx | %s | %s |", figure, result, baseline, ratio, goal,
                met == null ? "-" : met ? "met" : "**missed**"));
    }

    private Score score(String benchmark, String params) {
        for (JsonNode run : jmh) {
            if (run.get("benchmark").asText().endsWith(benchmark) && paramsOf(run).equals(params)) {
                JsonNode metric = run.get("primaryMetric");
                return new Score(metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
                        metric.get("scoreUnit").asText());
            }
        }
        return new Score(Double.NaN, Double.NaN, "(not run)");
    }

    private static String paramsOf(JsonNode run) {
        JsonNode params = run.get("params");
        if (params == null) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        params.fieldNames().forEachRemaining(name -> pairs.add(name + "=" + params.get(name).asText()));
        pairs.sort(null);
        return String.join(",", pairs);
    }

    /** A JMH score with its 99.9% error. */
    private record Score(double value, double error, String unit) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, value >= 100 ? "%.0f ± %.0f %s" : "%.3g ± %.2g %s", value,
                    Double.isNaN(error) ? 0 : error, unit);
        }
    }
}
