package st.connection.cache.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;

import org.h2.value.Value;
import org.h2.value.ValueBigint;
import org.h2.value.ValueBoolean;
import org.h2.value.ValueChar;
import org.h2.value.ValueDate;
import org.h2.value.ValueDouble;
import org.h2.value.ValueInteger;
import org.h2.value.ValueNumeric;
import org.h2.value.ValueReal;
import org.h2.value.ValueSmallint;
import org.h2.value.ValueTinyint;
import org.h2.value.ValueToObjectConverter;
import org.h2.value.ValueVarchar;
import org.h2.value.ValueVarcharIgnoreCase;
import org.h2.value.ValueVarbinary;
import org.junit.jupiter.api.Test;

class PlainAnswersTest {

    private static final List<Value> PLAIN = List.of(ValueVarchar.get("text"), ValueChar.get("c  "),
            ValueInteger.get(Integer.MIN_VALUE), ValueInteger.get(7), ValueBigint.get(Long.MAX_VALUE),
            ValueNumeric.get(new BigDecimal("-0.0000000001")), ValueDouble.get(-0.0), ValueDouble.get(Double.NaN),
            ValueReal.get(1.5f), ValueSmallint.get((short) -300), ValueTinyint.get((byte) 3),
            ValueBoolean.get(true), ValueBoolean.get(false));

    @Test
    void answersAsH2DoesForEveryPlainValue() {
        for (Value value : PLAIN) {
            Object h2 = ValueToObjectConverter.valueToDefaultObject(value, null, true);
            Object plain = PlainAnswers.of(value);
            assertEquals(h2, plain, value::getTraceSQL);
            assertSame(h2.getClass(), plain.getClass(), value::getTraceSQL);
        }
    }

    @Test
    void leavesEverythingElseToH2() {
        for (Value value : List.of(ValueVarcharIgnoreCase.get("x"), ValueVarbinary.get(new byte[] {1}),
                ValueDate.fromDateValue(1))) {
            assertSame(PlainAnswers.NOT_PLAIN, PlainAnswers.of(value), value::getTraceSQL);
        }
    }
}
