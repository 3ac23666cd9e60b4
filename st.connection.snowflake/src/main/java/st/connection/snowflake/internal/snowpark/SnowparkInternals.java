package st.connection.snowflake.internal.snowpark;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ForkJoinPool;

import com.snowflake.snowpark.Row;
import com.snowflake.snowpark.internal.ServerConnection;
import com.snowflake.snowpark.types.StructType;

import net.snowflake.client.jdbc.SnowflakeConnectionV1;
import scala.Option;
import scala.collection.immutable.Map$;

/**
 * What the platform needs of Snowpark beyond its public API: a Java {@code Session} around a
 * Scala one built on a JDBC connection the platform owns (the constructor Snowpark uses inside
 * Snowflake's stored procedures, minus its global "active session"), the Scala session behind a
 * Java one, its thread pool, and a row's schema. Snowpark is embedded at a fixed version, so
 * these are stable for this bundle. Immutable.
 */
final class SnowparkInternals {

    private final MethodHandle javaSession;
    private final MethodHandle scalaSession;
    private final MethodHandle threadPool;
    private final MethodHandle rowSchema;

    SnowparkInternals() {
        try {
            MethodHandles.Lookup own = MethodHandles.lookup();
            Class<com.snowflake.snowpark_java.Session> java = com.snowflake.snowpark_java.Session.class;
            Class<com.snowflake.snowpark.Session> scala = com.snowflake.snowpark.Session.class;
            javaSession = MethodHandles.privateLookupIn(java, own).findConstructor(java,
                    MethodType.methodType(void.class, scala));
            scalaSession = MethodHandles.privateLookupIn(java, own).findVirtual(java, "getScalaSession",
                    MethodType.methodType(scala));
            threadPool = MethodHandles.privateLookupIn(scala, own).findGetter(scala, "threadPool", ForkJoinPool.class);
            rowSchema = MethodHandles.privateLookupIn(Row.class, own).findGetter(Row.class, "schema", Option.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The embedded Snowpark lacks a member the platform uses", e);
        }
    }

    /** @return a session whose queries go to the connection, which stays the caller's to close */
    com.snowflake.snowpark_java.Session sessionOn(SnowflakeConnectionV1 connection) {
        return sessionOver(new ServerConnection(Map$.MODULE$.empty(), false, Option.apply(connection)));
    }

    /** @return a session whose queries go through the given server connection */
    com.snowflake.snowpark_java.Session sessionOver(ServerConnection server) {
        try {
            return (com.snowflake.snowpark_java.Session) javaSession
                    .invokeExact(new com.snowflake.snowpark.Session(server));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the threads Snowpark started for the session's asynchronous jobs, if any. */
    void stopThreads(com.snowflake.snowpark_java.Session session) {
        try {
            com.snowflake.snowpark.Session scala = (com.snowflake.snowpark.Session) scalaSession.invokeExact(session);
            ((ForkJoinPool) threadPool.invokeExact(scala)).shutdownNow();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Option<StructType> schemaOf(Row row) {
        try {
            return (Option<StructType>) (Option<?>) rowSchema.invokeExact(row);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
