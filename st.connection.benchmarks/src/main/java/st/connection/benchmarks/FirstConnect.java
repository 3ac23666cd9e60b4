package st.connection.benchmarks;

import java.util.Map;

import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Times a connector's first connection in a fresh JVM and framework, where its classes load:
 * {@code FirstConnect jdbc} opens a {@code snowflake} connection and runs a query,
 * {@code FirstConnect snowpark} opens a {@code snowpark} session and collects a DataFrame. Run
 * each in a JVM of its own; prints milliseconds.
 */
public final class FirstConnect {

    private FirstConnect() {
    }

    public static void main(String[] args) throws Exception {
        String connector = args.length > 0 ? args[0] : "snowpark";
        try (SnowflakeEmulator emulator = SnowflakeEmulator.start();
                BenchmarkPlatform platform = BenchmarkPlatform.startWithSnowflake()) {
            emulator.execute(BenchData.CREATE_ORDERS);
            emulator.execute(BenchData.FILL_ORDERS);
            Map<String, Object> params = BenchmarkPlatform.emulatorParams(emulator, "first-" + connector, 0);
            long start = System.nanoTime();
            Object connection = platform.connections().singleton(connector.equals("jdbc") ? "snowflake" : "snowpark",
                    params).get();
            long connected = System.nanoTime();
            if (connection instanceof java.sql.Connection jdbc) {
                try (var statement = jdbc.createStatement(); var rows = statement.executeQuery(BenchData.ORDERS)) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            } else {
                Object frame = connection.getClass().getMethod("sql", String.class).invoke(connection, BenchData.ORDERS);
                frame.getClass().getMethod("collect").invoke(frame);
            }
            long read = System.nanoTime();
            System.out.printf("%s: first connect %d ms, first read %d ms%n", connector, (connected - start) / 1_000_000,
                    (read - connected) / 1_000_000);
        }
    }
}
