package st.connection.cache.h2.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.TimeZone;

import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcResultSet;
import org.h2.value.Value;

/**
 * The few public H2 methods a replay calls whose classes H2's bundle does not export: its error
 * factory ({@code org.h2.message.DbException}), whether a session is remote, and the legacy date conversions that take an
 * {@code org.h2.engine.CastDataProvider} (a {@link JdbcConnection} is one). They are reached
 * through H2's own class loader, once, as method handles. Immutable.
 */
final class H2Internals {

    private final MethodHandle toSqlException;
    private final MethodHandle error;
    private final MethodHandle invalidValue;
    private final MethodHandle unsupported;
    private final MethodHandle toDate;
    private final MethodHandle toTime;
    private final MethodHandle toTimestamp;
    private final MethodHandle resultOf;
    private final MethodHandle isLazy;
    private final Class<?> remoteResult;
    private final MethodHandle isRemoteSession;

    private H2Internals(ClassLoader h2) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> resultInterface = h2.loadClass("org.h2.result.ResultInterface");
        resultOf = lookup.findVirtual(JdbcResultSet.class, "getResult", MethodType.methodType(resultInterface))
                .asType(MethodType.methodType(Object.class, JdbcResultSet.class));
        isLazy = lookup.findVirtual(resultInterface, "isLazy", MethodType.methodType(boolean.class))
                .asType(MethodType.methodType(boolean.class, Object.class));
        remoteResult = h2.loadClass("org.h2.result.ResultRemote");
        Class<?> session = h2.loadClass("org.h2.engine.Session");
        isRemoteSession = MethodHandles.filterReturnValue(
                lookup.findVirtual(JdbcConnection.class, "getSession", MethodType.methodType(session)),
                lookup.findVirtual(session, "isRemote", MethodType.methodType(boolean.class)));
        Class<?> dbException = h2.loadClass("org.h2.message.DbException");
        Class<?> provider = h2.loadClass("org.h2.engine.CastDataProvider");
        toSqlException = lookup.findStatic(dbException, "toSQLException",
                MethodType.methodType(SQLException.class, Throwable.class));
        error = lookup.findStatic(dbException, "get", MethodType.methodType(dbException, int.class, String[].class))
                .asType(MethodType.methodType(RuntimeException.class, int.class, String[].class));
        invalidValue = lookup.findStatic(dbException, "getInvalidValueException",
                MethodType.methodType(dbException, String.class, Object.class))
                .asType(MethodType.methodType(RuntimeException.class, String.class, Object.class));
        unsupported = lookup.findStatic(dbException, "getUnsupportedException",
                MethodType.methodType(dbException, String.class))
                .asType(MethodType.methodType(RuntimeException.class, String.class));
        Class<?> legacy = org.h2.util.LegacyDateTimeUtils.class;
        toDate = legacyConversion(lookup, legacy, "toDate", Date.class, provider);
        toTime = legacyConversion(lookup, legacy, "toTime", Time.class, provider);
        toTimestamp = legacyConversion(lookup, legacy, "toTimestamp", Timestamp.class, provider);
    }

    private static MethodHandle legacyConversion(MethodHandles.Lookup lookup, Class<?> legacy, String name,
            Class<?> result, Class<?> provider) throws ReflectiveOperationException {
        return lookup.findStatic(legacy, name, MethodType.methodType(result, provider, TimeZone.class, Value.class))
                .asType(MethodType.methodType(result, JdbcConnection.class, TimeZone.class, Value.class));
    }

    /** @return the handles of the H2 whose JDBC classes this bundle is wired to */
    static H2Internals load() {
        try {
            return new H2Internals(JdbcConnection.class.getClassLoader());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This H2 lacks a method its result replay needs: " + e.getMessage(), e);
        }
    }

    /** How H2 holds a result on the client: its cursor's rules follow from it. */
    enum ResultKind {
        /** Rows in the client's memory (an embedded database): a {@code LocalResult}. */
        LOCAL,
        /** Rows fetched from a server page by page: a {@code ResultRemote}. */
        REMOTE,
        /** Rows computed as they are read; not kept. */
        LAZY
    }

    ResultKind kindOf(JdbcResultSet result) {
        try {
            Object held = resultOf.invokeExact(result);
            if ((boolean) isLazy.invokeExact(held)) {
                return ResultKind.LAZY;
            }
            return remoteResult.isInstance(held) ? ResultKind.REMOTE : ResultKind.LOCAL;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return what H2's JDBC classes throw for an exception from its engine (as their {@code logAndConvert}) */
    SQLException toSqlException(Throwable e) {
        try {
            return (SQLException) toSqlException.invokeExact(e);
        } catch (Throwable unexpected) {
            return new SQLException(e.getMessage(), e);
        }
    }

    /** @return whether the connection talks to a server (else the database is in this JVM) */
    boolean isRemote(JdbcConnection connection) {
        try {
            return (boolean) isRemoteSession.invokeExact(connection);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return H2's exception for an error code and its message parameters */
    RuntimeException error(int code, String... params) {
        try {
            return (RuntimeException) error.invokeExact(code, params);
        } catch (Throwable unexpected) {
            return new IllegalStateException("H2 error " + code, unexpected);
        }
    }

    RuntimeException invalidValue(String parameter, Object value) {
        try {
            return (RuntimeException) invalidValue.invokeExact(parameter, value);
        } catch (Throwable unexpected) {
            return new IllegalArgumentException(parameter, unexpected);
        }
    }

    RuntimeException unsupported(String what) {
        try {
            return (RuntimeException) unsupported.invokeExact(what);
        } catch (Throwable unexpected) {
            return new UnsupportedOperationException(what, unexpected);
        }
    }

    Date toDate(JdbcConnection connection, TimeZone zone, Value value) {
        try {
            return (Date) toDate.invokeExact(connection, zone, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    Time toTime(JdbcConnection connection, TimeZone zone, Value value) {
        try {
            return (Time) toTime.invokeExact(connection, zone, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    Timestamp toTimestamp(JdbcConnection connection, TimeZone zone, Value value) {
        try {
            return (Timestamp) toTimestamp.invokeExact(connection, zone, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
