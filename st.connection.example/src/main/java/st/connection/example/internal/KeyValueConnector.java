package st.connection.example.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.example.KeyValueSession;

/**
 * Connector {@code kv}: opens sessions on in-memory key-value stores that live as long as the
 * connector. Parameter: {@code store}, the store's name.
 */
@Component(property = Connector.NAME + "=kv")
public class KeyValueConnector implements Connector<KeyValueSession> {

    private final Map<String, KeyValueStore> stores = new ConcurrentHashMap<>();

    @Override
    public Class<KeyValueSession> type() {
        return KeyValueSession.class;
    }

    @Override
    public KeyValueSession connect(Map<String, Object> params) throws LoginFailedException {
        Object name = params.get("store");
        if (name == null || name.toString().isBlank()) {
            throw new LoginFailedException("A store name is required (parameter 'store').");
        }
        return new KeyValueStore.Session(stores.computeIfAbsent(name.toString(), n -> new KeyValueStore()));
    }

    @Override
    public boolean isOpen(KeyValueSession session) {
        return ((KeyValueStore.Session) session).isOpen();
    }

    @Override
    public void close(KeyValueSession session) {
        ((KeyValueStore.Session) session).close();
    }

    @Override
    public List<FormField> defaultFormFields() {
        return List.of(FormField.text("store", "example"));
    }
}
