package st.connection.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.Test;

class QueryKeyTest {

    private static List<BindValues.Bound> bound(String setter, Object value) {
        BindValues binds = new BindValues();
        binds.set(setter, new Object[] {1, value});
        return binds.snapshot();
    }

    private static QueryKey key(List<BindValues.Bound> binds) {
        return new QueryKey(CacheScope.shared("c"), 1, 0, "SELECT ?", binds, 0);
    }

    @Test
    void typedBindsAreDifferentKeys() {
        assertThat(key(bound("setBigDecimal", new BigDecimal("1.0"))))
                .isNotEqualTo(key(bound("setInt", 1)))
                .isNotEqualTo(key(bound("setObject", 1)))
                .isEqualTo(key(bound("setBigDecimal", new BigDecimal("1.0"))));
        assertThat(key(bound("setObject", 1))).isNotEqualTo(key(bound("setObject", 1L)));
    }

    @Test
    void byteArraysCompareByContentAndAreCopied() {
        byte[] bytes = {1, 2, 3};
        QueryKey first = key(bound("setBytes", bytes));
        bytes[0] = 9;
        assertThat(first).isEqualTo(key(bound("setBytes", new byte[] {1, 2, 3})))
                .hasSameHashCodeAs(key(bound("setBytes", new byte[] {1, 2, 3})));
    }

    @Test
    void nullsDatesAndScopesCount() {
        assertThat(key(bound("setNull", 4))).isNotEqualTo(key(bound("setNull", 12)));
        Timestamp time = new Timestamp(1_000);
        QueryKey before = key(bound("setTimestamp", time));
        time.setTime(2_000);
        assertThat(before).isEqualTo(key(bound("setTimestamp", new Timestamp(1_000))));
        assertThat(new QueryKey(CacheScope.session("c", "a"), 1, 0, "S", List.of(), 0))
                .isNotEqualTo(new QueryKey(CacheScope.session("c", "b"), 1, 0, "S", List.of(), 0))
                .isNotEqualTo(new QueryKey(CacheScope.session("c", "a"), 1, 1, "S", List.of(), 0));
    }

    @Test
    void streamsMakeAStatementUncacheableUntilCleared() {
        BindValues binds = new BindValues();
        binds.set("setBinaryStream", new Object[] {1, new ByteArrayInputStream(new byte[0])});
        assertThat(binds.isCacheable()).isFalse();
        binds.clear();
        assertThat(binds.isCacheable()).isTrue();
    }
}
