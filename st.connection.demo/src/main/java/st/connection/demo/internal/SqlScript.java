package st.connection.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a small SQL script into statements. The format is deliberately simple: a statement ends
 * with {@code ;} at the end of a line, and a line starting with {@code --} is a comment. That is
 * enough for {@code demo.sql} and needs no SQL parser.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> read(URL script) throws IOException {
        if (script == null) {
            throw new IOException("SQL script not found in the bundle");
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(script.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                    current.setLength(0);
                }
            }
        }
        if (!current.toString().isBlank()) {
            throw new IOException("SQL script " + script + " ends without ';' after: " + current.toString().strip());
        }
        return statements;
    }
}
