package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ZonedColumnReferencesTest {
    private static final DialectContext CONTEXT = DialectContext.none().withTimestampColumns(Set.of("CREATED"), Set.of("ZONED"));

    private static String rewrite(String sql) {
        return new ZonedColumnReferences().apply(sql, CONTEXT);
    }

    @Test
    void aLocalTimestampInsideACallIsReadInTheSessionsZone() {
        assertThat(rewrite("select hour(created), date_trunc('day', t.created) from t"))
                .isEqualTo("select hour((created AT LOCAL)), date_trunc('day', (t.created AT LOCAL)) from t");
    }

    @Test
    void aZonedTimestampInsideACallKeepsTheTzMark() {
        assertThat(rewrite("select cast(zoned as date), dateadd(day, 1, zoned) from t"))
                .isEqualTo("select cast(CAST(zoned AS TIMESTAMP(8) WITH TIME ZONE) as date),"
                        + " CAST(dateadd(day, 1, CAST(zoned AS TIMESTAMP(8) WITH TIME ZONE)) AS TIMESTAMP(8) WITH TIME ZONE) from t");
    }

    @Test
    void bareReferencesAndComparisonsStayAsWritten() {
        String sql = "select created, zoned from t where created > '2024-01-01' order by zoned";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }

    @Test
    void columnListsDefinitionsAndUnitsAreNotReferences() {
        for (String sql : new String[] {"insert into t(created) values (current_timestamp)",
                "create table x(created timestamp_ltz)", "with w (created) as (select 1) select * from w",
                "select date_trunc(created, x) from t", "select hour((created AT LOCAL)) from t"}) {
            assertThat(rewrite(sql)).isEqualTo(sql);
        }
    }
}
