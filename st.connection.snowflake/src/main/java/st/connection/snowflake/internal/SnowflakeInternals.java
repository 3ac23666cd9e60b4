package st.connection.snowflake.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import net.snowflake.client.core.SFBaseResultSet;
import net.snowflake.client.core.SFResultSet;
import net.snowflake.client.jdbc.SnowflakeBaseResultSet;
import net.snowflake.client.jdbc.SnowflakeResultSetSerializableV1;

/**
 * The four members of the embedded driver a result replay reads that are not public: a JDBC
 * result set's core result ({@code sfBaseResultSet}), the query response it was made from
 * ({@code resultSetSerializable}), whether that response's column names are case insensitive
 * ({@code isResultColumnCaseInsensitive}, which its metadata was made with), and a JSON result's
 * raw cell ({@code getObjectInternal}), as every conversion of the driver starts from it. The driver is embedded at a fixed version, so
 * these are stable for this bundle. Immutable.
 */
final class SnowflakeInternals {

    private final MethodHandle coreResult;
    private final MethodHandle response;
    private final MethodHandle rawCell;
    private final MethodHandle caseInsensitiveColumns;

    SnowflakeInternals() {
        try {
            MethodHandles.Lookup own = MethodHandles.lookup();
            coreResult = MethodHandles.privateLookupIn(SnowflakeBaseResultSet.class, own)
                    .findGetter(SnowflakeBaseResultSet.class, "sfBaseResultSet", SFBaseResultSet.class);
            response = MethodHandles.privateLookupIn(SFBaseResultSet.class, own)
                    .findGetter(SFBaseResultSet.class, "resultSetSerializable", SnowflakeResultSetSerializableV1.class);
            rawCell = MethodHandles.privateLookupIn(SFResultSet.class, own)
                    .findVirtual(SFResultSet.class, "getObjectInternal", MethodType.methodType(Object.class, int.class));
            caseInsensitiveColumns = MethodHandles.privateLookupIn(SnowflakeResultSetSerializableV1.class, own)
                    .findGetter(SnowflakeResultSetSerializableV1.class, "isResultColumnCaseInsensitive", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The embedded Snowflake driver lacks a member its result replay reads", e);
        }
    }

    SFBaseResultSet coreResultOf(SnowflakeBaseResultSet result) {
        try {
            return (SFBaseResultSet) coreResult.invokeExact(result);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    SnowflakeResultSetSerializableV1 responseOf(SFBaseResultSet result) {
        try {
            return (SnowflakeResultSetSerializableV1) response.invokeExact(result);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return whether the response's metadata finds columns by label ignoring case */
    boolean hasCaseInsensitiveColumns(SnowflakeResultSetSerializableV1 response) {
        try {
            return (boolean) caseInsensitiveColumns.invokeExact(response);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the cell of the current row as the server sent it: a string, or {@code null} for SQL NULL */
    Object rawCell(SFResultSet result, int column) throws net.snowflake.client.core.SFException {
        try {
            return rawCell.invokeExact(result, column);
        } catch (net.snowflake.client.core.SFException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
