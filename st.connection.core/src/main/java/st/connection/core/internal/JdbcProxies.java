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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the proxies of the JDBC views. A view's statements are proxies made on every
 * {@code createStatement}: looking the proxy class up each time costs more than the statement
 * itself, so each class's constructor is found once, here, when the first view of that type is
 * made (generating a proxy class of an interface as large as {@code DatabaseMetaData} is a
 * noticeable part of the platform's start, and most applications never ask for one).
 */
final class JdbcProxies {

    private static final Set<Class<?>> PROXIED = Set.of(Connection.class, Statement.class, PreparedStatement.class,
            CallableStatement.class, DatabaseMetaData.class);
    /** Not a {@code ClassValue}: one on {@code java.sql} types would keep core's class loader after core is refreshed. */
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private JdbcProxies() {
    }

    /** @return a proxy of one of the JDBC interfaces above, calling {@code handler} */
    static <T> T of(Class<T> type, InvocationHandler handler) {
        if (!PROXIED.contains(type)) {
            throw new IllegalArgumentException("No view proxy for " + type.getName());
        }
        try {
            return type.cast(CONSTRUCTORS.computeIfAbsent(type, JdbcProxies::constructorOf).newInstance(handler));
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
