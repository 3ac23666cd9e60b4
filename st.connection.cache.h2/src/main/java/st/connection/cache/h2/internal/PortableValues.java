package st.connection.cache.h2.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

import org.h2.value.Value;
import org.h2.value.ValueBigint;
import org.h2.value.ValueBinary;
import org.h2.value.ValueBoolean;
import org.h2.value.ValueChar;
import org.h2.value.ValueDate;
import org.h2.value.ValueDecfloat;
import org.h2.value.ValueDouble;
import org.h2.value.ValueInteger;
import org.h2.value.ValueJson;
import org.h2.value.ValueNull;
import org.h2.value.ValueNumeric;
import org.h2.value.ValueReal;
import org.h2.value.ValueSmallint;
import org.h2.value.ValueTime;
import org.h2.value.ValueTimeTimeZone;
import org.h2.value.ValueTimestamp;
import org.h2.value.ValueTimestampTimeZone;
import org.h2.value.ValueTinyint;
import org.h2.value.ValueUuid;
import org.h2.value.ValueVarbinary;
import org.h2.value.ValueVarchar;
import org.h2.value.ValueVarcharIgnoreCase;

/**
 * H2 values written as the fields H2 itself holds (numbers as their bits, decimals as unscaled
 * value and scale, text as chars, dates and times as H2's date value, nanoseconds and offset) and
 * rebuilt with H2's own public factories, so a value read back is the value written. Only the
 * types listed in {@link Tag} are portable: LOBs, Java objects, geometries, arrays, rows,
 * intervals and enums are not (their values depend on a session, a serializer or a column's type
 * definition), and a result holding one is not written. Stateless.
 */
final class PortableValues {

    /** The portable types, by the exact class of H2's value; the tag is written before each value. */
    private enum Tag {
        NULL(ValueNull.class), BOOLEAN(ValueBoolean.class), TINYINT(ValueTinyint.class),
        SMALLINT(ValueSmallint.class), INTEGER(ValueInteger.class), BIGINT(ValueBigint.class),
        NUMERIC(ValueNumeric.class), DECFLOAT(ValueDecfloat.class), REAL(ValueReal.class),
        DOUBLE(ValueDouble.class), CHAR(ValueChar.class), VARCHAR(ValueVarchar.class),
        VARCHAR_IGNORECASE(ValueVarcharIgnoreCase.class), BINARY(ValueBinary.class),
        VARBINARY(ValueVarbinary.class), DATE(ValueDate.class), TIME(ValueTime.class),
        TIME_TZ(ValueTimeTimeZone.class), TIMESTAMP(ValueTimestamp.class),
        TIMESTAMP_TZ(ValueTimestampTimeZone.class), UUID(ValueUuid.class), JSON(ValueJson.class);

        private static final Tag[] BY_ORDINAL = values();
        private static final Map<Class<?>, Tag> BY_CLASS = byClass();

        private final Class<? extends Value> type;

        Tag(Class<? extends Value> type) {
            this.type = type;
        }

        private static Map<Class<?>, Tag> byClass() {
            Map<Class<?>, Tag> tags = new java.util.HashMap<>();
            for (Tag tag : values()) {
                tags.put(tag.type, tag);
            }
            return Map.copyOf(tags);
        }
    }

    /** The three DECFLOAT values without a BigDecimal, written as a scale no finite one has. */
    private static final int POSITIVE_INFINITY = Integer.MIN_VALUE;
    private static final int NEGATIVE_INFINITY = Integer.MIN_VALUE + 1;
    private static final int NOT_A_NUMBER = Integer.MIN_VALUE + 2;

    private PortableValues() {
    }

    /** @return whether {@link #write} can write the value exactly */
    static boolean isPortable(Value value) {
        return Tag.BY_CLASS.containsKey(value.getClass());
    }

    /** Writes a {@linkplain #isPortable portable} value. */
    static void write(Value value, DataOutput out) throws IOException {
        Tag tag = Tag.BY_CLASS.get(value.getClass());
        if (tag == null) {
            throw new IllegalArgumentException("Not a portable H2 value: " + value.getClass().getName());
        }
        out.writeByte(tag.ordinal());
        switch (tag) {
            case NULL -> {
            }
            case BOOLEAN -> out.writeBoolean(value.getBoolean());
            case TINYINT, SMALLINT, INTEGER -> out.writeInt(value.getInt());
            case BIGINT -> out.writeLong(value.getLong());
            case NUMERIC -> writeDecimal(value.getBigDecimal(), out);
            case DECFLOAT -> writeDecfloat((ValueDecfloat) value, out);
            case REAL -> out.writeInt(Float.floatToRawIntBits(value.getFloat()));
            case DOUBLE -> out.writeLong(Double.doubleToRawLongBits(value.getDouble()));
            case CHAR, VARCHAR, VARCHAR_IGNORECASE -> PortableText.writeString(value.getString(), out);
            case BINARY -> PortableText.writeBytes(((ValueBinary) value).getBytesNoCopy(), out);
            case VARBINARY -> PortableText.writeBytes(((ValueVarbinary) value).getBytesNoCopy(), out);
            case JSON -> PortableText.writeBytes(((ValueJson) value).getBytesNoCopy(), out);
            case DATE -> out.writeLong(((ValueDate) value).getDateValue());
            case TIME -> out.writeLong(((ValueTime) value).getNanos());
            case TIME_TZ -> {
                out.writeLong(((ValueTimeTimeZone) value).getNanos());
                out.writeInt(((ValueTimeTimeZone) value).getTimeZoneOffsetSeconds());
            }
            case TIMESTAMP -> {
                out.writeLong(((ValueTimestamp) value).getDateValue());
                out.writeLong(((ValueTimestamp) value).getTimeNanos());
            }
            case TIMESTAMP_TZ -> {
                ValueTimestampTimeZone timestamp = (ValueTimestampTimeZone) value;
                out.writeLong(timestamp.getDateValue());
                out.writeLong(timestamp.getTimeNanos());
                out.writeInt(timestamp.getTimeZoneOffsetSeconds());
            }
            case UUID -> {
                out.writeLong(((ValueUuid) value).getHigh());
                out.writeLong(((ValueUuid) value).getLow());
            }
        }
    }

    /** @return the value {@link #write} wrote */
    static Value read(DataInput in) throws IOException {
        int ordinal = in.readUnsignedByte();
        if (ordinal >= Tag.BY_ORDINAL.length) {
            throw new IOException("Unknown H2 value tag " + ordinal);
        }
        return switch (Tag.BY_ORDINAL[ordinal]) {
            case NULL -> ValueNull.INSTANCE;
            case BOOLEAN -> ValueBoolean.get(in.readBoolean());
            case TINYINT -> ValueTinyint.get((byte) in.readInt());
            case SMALLINT -> ValueSmallint.get((short) in.readInt());
            case INTEGER -> ValueInteger.get(in.readInt());
            case BIGINT -> ValueBigint.get(in.readLong());
            case NUMERIC -> ValueNumeric.get(readDecimal(in.readInt(), in));
            case DECFLOAT -> readDecfloat(in);
            case REAL -> ValueReal.get(Float.intBitsToFloat(in.readInt()));
            case DOUBLE -> ValueDouble.get(Double.longBitsToDouble(in.readLong()));
            case CHAR -> ValueChar.get(PortableText.readString(in));
            case VARCHAR -> ValueVarchar.get(PortableText.readString(in));
            case VARCHAR_IGNORECASE -> ValueVarcharIgnoreCase.get(PortableText.readString(in));
            case BINARY -> ValueBinary.getNoCopy(PortableText.readBytes(in));
            case VARBINARY -> ValueVarbinary.getNoCopy(PortableText.readBytes(in));
            case JSON -> ValueJson.getInternal(PortableText.readBytes(in));
            case DATE -> ValueDate.fromDateValue(in.readLong());
            case TIME -> ValueTime.fromNanos(in.readLong());
            case TIME_TZ -> ValueTimeTimeZone.fromNanos(in.readLong(), in.readInt());
            case TIMESTAMP -> ValueTimestamp.fromDateValueAndNanos(in.readLong(), in.readLong());
            case TIMESTAMP_TZ -> ValueTimestampTimeZone.fromDateValueAndNanos(in.readLong(), in.readLong(),
                    in.readInt());
            case UUID -> ValueUuid.get(in.readLong(), in.readLong());
        };
    }

    private static void writeDecimal(BigDecimal decimal, DataOutput out) throws IOException {
        out.writeInt(decimal.scale());
        PortableText.writeBytes(decimal.unscaledValue().toByteArray(), out);
    }

    private static BigDecimal readDecimal(int scale, DataInput in) throws IOException {
        return new BigDecimal(new BigInteger(PortableText.readBytes(in)), scale);
    }

    private static void writeDecfloat(ValueDecfloat value, DataOutput out) throws IOException {
        if (value.isFinite()) {
            writeDecimal(value.getBigDecimal(), out);
        } else if (value == ValueDecfloat.POSITIVE_INFINITY) {
            out.writeInt(POSITIVE_INFINITY);
        } else if (value == ValueDecfloat.NEGATIVE_INFINITY) {
            out.writeInt(NEGATIVE_INFINITY);
        } else {
            out.writeInt(NOT_A_NUMBER);
        }
    }

    private static ValueDecfloat readDecfloat(DataInput in) throws IOException {
        int scale = in.readInt();
        return switch (scale) {
            case POSITIVE_INFINITY -> ValueDecfloat.POSITIVE_INFINITY;
            case NEGATIVE_INFINITY -> ValueDecfloat.NEGATIVE_INFINITY;
            case NOT_A_NUMBER -> ValueDecfloat.NAN;
            default -> ValueDecfloat.get(readDecimal(scale, in));
        };
    }
}
