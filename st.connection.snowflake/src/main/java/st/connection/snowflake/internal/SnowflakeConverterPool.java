package st.connection.snowflake.internal;

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
