package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates one Snowflake statement into the H2 statements that run it, applying each
 * {@link Rewrite} in turn. Order matters: path access before casts (a cast applies to the path's
 * value), casts and calls before division (their parentheses delimit operands), column references once
 * every call is in place, names last.
 * Thread safe: stateless.
 */
public final class DialectTranslator {
    private final List<Rewrite> rewrites = List.of(new ContextFunctions(), new Generator(), new ValuesTable(),
            new VariantPath(), new FloatLiterals(), new CastOperator(), new FunctionCalls(), new Averages(), new Division(), new GroupByOrdinals(),
            new Qualify(), new Flatten(), new ZonedColumnReferences(), new DatabaseNames());

    /**
     * @throws NotEmulatedException for Snowflake SQL the emulator does not run
     */
    public List<String> translate(String sql, DialectContext context) {
        String rewritten = sql;
        for (Rewrite rewrite : rewrites) {
            rewritten = rewrite.apply(rewritten, context);
        }
        return new ArrayList<>(TableDefinitions.rewrite(rewritten));
    }
}
