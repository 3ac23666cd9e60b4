package st.connection.cache.h2.internal;

import org.h2.value.Value;
import org.h2.value.ValueBigint;
import org.h2.value.ValueBoolean;
import org.h2.value.ValueChar;
import org.h2.value.ValueDouble;
import org.h2.value.ValueInteger;
import org.h2.value.ValueNumeric;
import org.h2.value.ValueReal;
import org.h2.value.ValueSmallint;
import org.h2.value.ValueTinyint;
import org.h2.value.ValueVarchar;

/**
 * {@code getObject}'s answer for the values whose answer is what H2 holds, or a box of it, exactly
 * as {@code ValueToObjectConverter.valueToDefaultObject(value, connection, true)} gives it, told
 * apart by the value's exact class instead of H2's dispatch over every type: a hit reads every
 * cell, and that dispatch was most of its time.
 */
final class PlainAnswers {

    /** The answer for a value that is not plain: ask H2. */
    static final Object NOT_PLAIN = new Object();

    private PlainAnswers() {
    }

    static Object of(Value value) {
        Class<? extends Value> type = value.getClass();
        if (type == ValueVarchar.class) {
            return ((ValueVarchar) value).getString();
        }
        if (type == ValueInteger.class) {
            return ((ValueInteger) value).getInt();
        }
        if (type == ValueNumeric.class) {
            return ((ValueNumeric) value).getBigDecimal();
        }
        if (type == ValueDouble.class) {
            return ((ValueDouble) value).getDouble();
        }
        if (type == ValueBigint.class) {
            return ((ValueBigint) value).getLong();
        }
        if (type == ValueBoolean.class) {
            return ((ValueBoolean) value).getBoolean();
        }
        return lessCommon(value, type);
    }

    private static Object lessCommon(Value value, Class<? extends Value> type) {
        if (type == ValueChar.class) {
            return ((ValueChar) value).getString();
        }
        if (type == ValueReal.class) {
            return ((ValueReal) value).getFloat();
        }
        if (type == ValueSmallint.class || type == ValueTinyint.class) {
            return value.getInt();
        }
        return NOT_PLAIN;
    }
}
