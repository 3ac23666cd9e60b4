package st.connection.cache.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/** Bound parameters as part of a cache key: typed, copied when they could change, and cacheable only if they can be kept. */
class BindValuesTest {

    private static BindValues bound(String setter, Object value) {
        BindValues binds = new BindValues();
        binds.set(setter, 1, BindValues.keptValue(value));
        return binds;
    }

    @Test
    void theSameValuesBoundTheSameWayMakeTheSameKey() {
        assertThat(bound("setInt", 1).snapshot()).isEqualTo(bound("setInt", 1).snapshot())
                .hasSameHashCodeAs(bound("setInt", 1).snapshot());
        assertThat(bound("setString", "a").snapshot()).isNotEqualTo(bound("setString", "b").snapshot());
    }

    @Test
    void theSetterAndTheValuesClassCount() {
        assertThat(bound("setInt", 1).snapshot()).isNotEqualTo(bound("setLong", 1L).snapshot());
        assertThat(bound("setObject", 1).snapshot()).isNotEqualTo(bound("setObject", 1L).snapshot());
        assertThat(bound("setBigDecimal", new BigDecimal("1.0")).snapshot())
                .isNotEqualTo(bound("setBigDecimal", new BigDecimal("1.00")).snapshot());
        Timestamp instant = new Timestamp(86_400_000L);
        assertThat(bound("setObject", instant).snapshot()).isNotEqualTo(bound("setObject", new Date(86_400_000L)).snapshot());
    }

    @Test
    void valuesChangedByTheCallerAfterBindingDoNotChangeTheKey() {
        byte[] bytes = {1, 2, 3};
        Timestamp timestamp = new Timestamp(1_000L);
        timestamp.setNanos(123_456_789);
        BindValues binds = new BindValues();
        binds.set("setBytes", 1, BindValues.keptValue(bytes));
        binds.set("setTimestamp", 2, BindValues.keptValue(timestamp));
        var before = binds.snapshot();
        bytes[0] = 9;
        timestamp.setNanos(1);
        assertThat(binds.snapshot()).isEqualTo(before);
        Timestamp bound = new Timestamp(1_000L);
        bound.setNanos(123_456_789);
        assertThat(before.get(1).values()[0]).isEqualTo(bound);
    }

    @Test
    void aCalendarCountsByItsTimeZone() {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        Calendar alsoUtc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        alsoUtc.setTimeInMillis(0);
        Calendar kolkata = Calendar.getInstance(TimeZone.getTimeZone("Asia/Kolkata"));
        Date day = new Date(0);
        BindValues first = new BindValues();
        first.set("setDate", 1, BindValues.keptValue(day), BindValues.keptValue(utc));
        BindValues second = new BindValues();
        second.set("setDate", 1, BindValues.keptValue(day), BindValues.keptValue(alsoUtc));
        BindValues third = new BindValues();
        third.set("setDate", 1, BindValues.keptValue(day), BindValues.keptValue(kolkata));
        assertThat(first.snapshot()).isEqualTo(second.snapshot()).isNotEqualTo(third.snapshot());
    }

    @Test
    void onlyValuesThatCannotChangeCanBeKept() {
        assertThat(BindValues.isKeepable("text")).isTrue();
        assertThat(BindValues.isKeepable(new BigDecimal("2.5"))).isTrue();
        assertThat(BindValues.isKeepable(new byte[1])).isTrue();
        assertThat(BindValues.isKeepable(new ByteArrayInputStream(new byte[1]))).isFalse();
        assertThat(BindValues.isKeepable(new BigDecimal("2.5") { })).as("a subclass may change").isFalse();
        assertThat(BindValues.isKeepable(new StringBuilder("x"))).isFalse();
    }

    @Test
    void clearingMakesAStatementCacheableAgain() {
        BindValues binds = new BindValues();
        binds.set("setInt", 1, 1);
        binds.setUncacheable();
        assertThat(binds.isCacheable()).isFalse();
        binds.clear();
        assertThat(binds.isCacheable()).isTrue();
        assertThat(binds.snapshot()).isEmpty();
    }
}
