package st.connection.example.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.h2.Driver;
import org.osgi.service.component.annotations.Component;

import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;

/**
 * Connector {@code h2mem}: opens a named H2 in-memory database. Parameters: {@code database},
 * {@code user}, {@code password}. The database name is checked before it becomes part of the URL:
 * {@code x;INIT=RUNSCRIPT FROM '...'} would otherwise run a script of the person's choice.
 */
@Component(property = Connector.NAME + "=h2mem")
public class H2MemoryConnector implements Connector<Connection> {

    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Override
    public Class<Connection> type() {
        return Connection.class;
    }

    @Override
    public Connection connect(Map<String, Object> params) throws Exception {
        String database = text(params.get("database"));
        if (!DATABASE.matcher(database).matches()) {        // it goes into a URL: check it, never pass it on as typed
            throw new LoginFailedException("The database name may only contain letters, digits, '_' and '-' (at most 64).");
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", text(params.get("user")));
        credentials.setProperty("password", text(params.get("password")));
        try {
            return new Driver().connect("jdbc:h2:mem:" + database, credentials);
        } catch (SQLException e) {
            if ("28000".equals(e.getSQLState())) {
                throw new LoginFailedException("The user name or password is not correct.", e);
            }
            throw e;
        }
    }

    @Override
    public boolean isOpen(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already broken: nothing left to release
        }
    }

    @Override
    public List<FormField> defaultFormFields() {
        return List.of(FormField.text("database", "demo"), FormField.text("user", ""), FormField.secret("password"));
    }

    private static String text(Object value) {
        return value instanceof char[] chars ? new String(chars) : value == null ? "" : value.toString();
    }
}
