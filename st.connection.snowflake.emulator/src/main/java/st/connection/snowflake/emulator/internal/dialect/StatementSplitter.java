package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayList;
import java.util.List;

/** Splits a request's text into its statements at top-level semicolons; empty statements are dropped. */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    public static List<String> split(String sql) {
        SqlText text = SqlText.of(sql);
        List<String> statements = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.size(); i++) {
            if (text.is(i, ";")) {
                add(statements, sql.substring(start, text.get(i).start()));
                start = text.get(i).end();
            }
        }
        add(statements, sql.substring(start));
        return statements;
    }

    private static void add(List<String> statements, String statement) {
        if (!SqlText.of(statement).sql().isBlank() && SqlText.of(statement).size() > 0) {
            statements.add(statement.strip());
        }
    }
}
