package st.connection.itest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import st.connection.api.Connector;

/**
 * A connector that records the connect parameters it received (secrets as text, since the platform
 * wipes them after the call) and hands out a plain object; its default options are given.
 */
final class RecordingConnector implements Connector<Object> {

    final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final Map<String, Object> defaults;

    RecordingConnector(Map<String, Object> defaults) {
        this.defaults = defaults;
    }

    @Override
    public Class<Object> type() {
        return Object.class;
    }

    @Override
    public Object connect(Map<String, Object> params) {
        Map<String, String> copy = new TreeMap<>();
        params.forEach((key, value) -> copy.put(key, value instanceof char[] chars ? new String(chars) : String.valueOf(value)));
        received.add(copy);
        return new Object();
    }

    @Override
    public boolean isOpen(Object connection) {
        return true;
    }

    @Override
    public void close(Object connection) {
        // nothing to release
    }

    @Override
    public Map<String, Object> defaultOptions() {
        return defaults;
    }

    Map<String, String> last() {
        return received.get(received.size() - 1);
    }
}
