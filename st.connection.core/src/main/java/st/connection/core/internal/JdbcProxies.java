package st.connection.core.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;

/**
 * Makes the proxies of the JDBC views. A view's statements are proxies made on every
 * {@code createStatement}: looking the proxy class up each time costs more than the statement
 * itself, so each class's constructor is found once, here. Immutable.
 */
final class JdbcProxies {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = Map.of(
            Connection.class, constructorOf(Connection.class),
            Statement.class, constructorOf(Statement.class),
            PreparedStatement.class, constructorOf(PreparedStatement.class),
            CallableStatement.class, constructorOf(CallableStatement.class),
            DatabaseMetaData.class, constructorOf(DatabaseMetaData.class));

    private JdbcProxies() {
    }

    /** @return a proxy of one of the JDBC interfaces above, calling {@code handler} */
    static <T> T of(Class<T> type, InvocationHandler handler) {
        Constructor<?> constructor = CONSTRUCTORS.get(type);
        if (constructor == null) {
            throw new IllegalArgumentException("No view proxy for " + type.getName());
        }
        try {
            return type.cast(constructor.newInstance(handler));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName() + " view", e);
        }
    }

    private static Constructor<?> constructorOf(Class<?> type) {
        Object sample = Proxy.newProxyInstance(JdbcProxies.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> null);
        try {
            return sample.getClass().getConstructor(InvocationHandler.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A proxy class without its constructor: " + type.getName(), e);
        }
    }
}
