package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sessions working in parallel while their tokens keep expiring: every statement runs exactly once. */
class ConcurrencyTest {
    private static final int THREADS = 4;
    private static final int INSERTS_PER_THREAD = 50;

    @Test
    void parallelSessionsSurviveRepeatedRenewableExpiryWithoutLosingOrRepeatingStatements() throws Exception {
        try (SnowflakeEmulator sf = SnowflakeEmulator.start()) {
            sf.execute("create table hammered(thread_no int, seq int, primary key(thread_no, seq))");
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int threadNo = t;
                    results.add(pool.submit(() -> insertRows(sf, threadNo)));
                }
                while (!results.stream().allMatch(Future::isDone)) {
                    sf.expireAllSessions(SessionExpiry.RENEWABLE);
                    Thread.sleep(5);
                }
                for (Future<Integer> result : results) {
                    assertThat(result.get()).isEqualTo(INSERTS_PER_THREAD);
                }
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            try (Connection c = Driver.connect(sf); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from hammered")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(THREADS * INSERTS_PER_THREAD);
            }
            assertThat(sf.queryCount()).isEqualTo(THREADS * INSERTS_PER_THREAD + 1);
            assertThat(sf.tokenRenewalCount()).as("the expiries were met and renewed").isPositive();
        }
    }

    private static int insertRows(SnowflakeEmulator sf, int threadNo) throws SQLException {
        int inserted = 0;
        try (Connection c = Driver.connect(sf);
                PreparedStatement ps = c.prepareStatement("insert into hammered values (?, ?)")) {
            for (int seq = 0; seq < INSERTS_PER_THREAD; seq++) {
                ps.setInt(1, threadNo);
                ps.setInt(2, seq);
                inserted += ps.executeUpdate();
            }
        }
        return inserted;
    }
}
