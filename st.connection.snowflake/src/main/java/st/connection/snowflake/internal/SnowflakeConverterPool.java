package st.connection.snowflake.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Queue;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;

import net.snowflake.client.core.SFBaseSession;
import net.snowflake.client.core.json.Converters;
import net.snowflake.client.jdbc.SnowflakeResultSetSerializableV1;
import net.snowflake.client.jdbc.internal.snowflake.common.core.SFBinaryFormat;
import net.snowflake.client.jdbc.internal.snowflake.common.core.SnowflakeDateTimeFormat;

/**
 * The driver's converters for one query's results, as the driver made them for that query (the
 * session's time zone and output formats when the query ran), handed out one reader at a time:
 * the driver's date formats are not thread safe, and the driver never shares one between result
 * sets. A replay borrows a set when it opens and returns it when closed; sets of result sets never
 * closed are left to the garbage collector. Thread safe.
 */
final class SnowflakeConverterPool {

    private final TimeZone timeZone;
    private final SFBaseSession session;
    private final long resultVersion;
    private final boolean honorClientTimeZoneForNtz;
    private final boolean treatNtzAsUtc;
    private final boolean useSessionTimeZone;
    private final boolean formatDateWithTimeZone;
    private final SFBinaryFormat binaryFormat;
    private final String dateFormat;
    private final String timeFormat;
    private final String timestampNtzFormat;
    private final String timestampLtzFormat;
    private final String timestampTzFormat;
    private final Queue<Converters> idle = new ConcurrentLinkedQueue<>();

    /** @param response the query response the driver made its own converters from */
    SnowflakeConverterPool(SFBaseSession session, SnowflakeResultSetSerializableV1 response) {
        this.timeZone = response.getTimeZone();
        this.session = session;
        this.resultVersion = response.getResultVersion();
        this.honorClientTimeZoneForNtz = response.isHonorClientTZForTimestampNTZ();
        this.treatNtzAsUtc = response.getTreatNTZAsUTC();
        this.useSessionTimeZone = response.getUseSessionTimezone();
        this.formatDateWithTimeZone = response.getFormatDateWithTimeZone();
        this.binaryFormat = response.getBinaryFormatter();
        this.dateFormat = sqlFormatOf(response.getDateFormatter());
        this.timeFormat = sqlFormatOf(response.getTimeFormatter());
        this.timestampNtzFormat = sqlFormatOf(response.getTimestampNTZFormatter());
        this.timestampLtzFormat = sqlFormatOf(response.getTimestampLTZFormatter());
        this.timestampTzFormat = sqlFormatOf(response.getTimestampTZFormatter());
    }

    private SnowflakeConverterPool(DataInput in, SFBaseSession session) throws IOException {
        this.timeZone = TimeZone.getTimeZone(in.readUTF());
        this.session = session;
        this.resultVersion = in.readLong();
        this.honorClientTimeZoneForNtz = in.readBoolean();
        this.treatNtzAsUtc = in.readBoolean();
        this.useSessionTimeZone = in.readBoolean();
        this.formatDateWithTimeZone = in.readBoolean();
        String binary = SnowflakeResultBytes.readText(in);
        this.binaryFormat = binary == null ? null : SFBinaryFormat.valueOf(binary);
        this.dateFormat = SnowflakeResultBytes.readText(in);
        this.timeFormat = SnowflakeResultBytes.readText(in);
        this.timestampNtzFormat = SnowflakeResultBytes.readText(in);
        this.timestampLtzFormat = SnowflakeResultBytes.readText(in);
        this.timestampTzFormat = SnowflakeResultBytes.readText(in);
    }

    /**
     * Reads the settings {@link #writeTo} wrote.
     *
     * @param session the session of the connection the rows will be served on
     */
    static SnowflakeConverterPool readFrom(DataInput in, SFBaseSession session) throws IOException {
        return new SnowflakeConverterPool(in, session);
    }

    /** Writes the query's settings (everything but the session): the converters made from them convert as these do. */
    void writeTo(DataOutput out) throws IOException {
        out.writeUTF(timeZone.getID());
        out.writeLong(resultVersion);
        out.writeBoolean(honorClientTimeZoneForNtz);
        out.writeBoolean(treatNtzAsUtc);
        out.writeBoolean(useSessionTimeZone);
        out.writeBoolean(formatDateWithTimeZone);
        SnowflakeResultBytes.writeText(out, binaryFormat == null ? null : binaryFormat.name());
        SnowflakeResultBytes.writeText(out, dateFormat);
        SnowflakeResultBytes.writeText(out, timeFormat);
        SnowflakeResultBytes.writeText(out, timestampNtzFormat);
        SnowflakeResultBytes.writeText(out, timestampLtzFormat);
        SnowflakeResultBytes.writeText(out, timestampTzFormat);
    }

    /** @return the formats as the driver's result metadata takes them: NTZ, LTZ, TZ, date, time */
    SnowflakeDateTimeFormat[] metaDataFormats() {
        return new SnowflakeDateTimeFormat[] {formatOf(timestampNtzFormat), formatOf(timestampLtzFormat),
            formatOf(timestampTzFormat), formatOf(dateFormat), formatOf(timeFormat)};
    }

    private static String sqlFormatOf(SnowflakeDateTimeFormat format) {
        return format == null ? null : format.getSqlFormat();
    }

    private static SnowflakeDateTimeFormat formatOf(String sqlFormat) {
        return sqlFormat == null ? null : SnowflakeDateTimeFormat.fromSqlFormat(sqlFormat);
    }

    TimeZone timeZone() {
        return timeZone;
    }

    SFBaseSession session() {
        return session;
    }

    /** @return converters for one reader's exclusive use, until it {@link #giveBack gives them back} */
    Converters borrow() {
        Converters converters = idle.poll();
        return converters != null ? converters : new Converters(timeZone, session, resultVersion,
                honorClientTimeZoneForNtz, treatNtzAsUtc, useSessionTimeZone, formatDateWithTimeZone, binaryFormat,
                formatOf(dateFormat), formatOf(timeFormat), formatOf(timestampNtzFormat),
                formatOf(timestampLtzFormat), formatOf(timestampTzFormat));
    }

    void giveBack(Converters converters) {
        idle.offer(converters);
    }
}
