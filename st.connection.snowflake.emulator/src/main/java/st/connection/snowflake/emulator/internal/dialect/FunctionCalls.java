package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Calls of Snowflake functions that H2 lacks or answers differently, as H2 expressions or calls
 * of the emulator's {@code SF_*} functions (see {@code SnowflakeFunctions}). Arguments are kept as
 * written; only the call around them changes.
 */
final class FunctionCalls implements Rewrite {
    private static final Map<String, Function<List<String>, String>> CALLS = Map.ofEntries(
            Map.entry("IFF", a -> a.size() == 3 ? "CASE WHEN " + a.get(0) + " THEN " + a.get(1) + " ELSE " + a.get(2) + " END" : null),
            Map.entry("ZEROIFNULL", a -> "COALESCE(" + a.get(0) + ", 0)"),
            Map.entry("NULLIFZERO", a -> "NULLIF(" + a.get(0) + ", 0)"),
            Map.entry("DIV0", a -> divisionOrZero(a, "(" + a.get(1) + ") = 0", "SF_DIV0")),
            Map.entry("DIV0NULL", a -> divisionOrZero(a, "(" + a.get(1) + ") = 0 OR (" + a.get(1) + ") IS NULL", "SF_DIV0NULL")),
            Map.entry("COUNT_IF", a -> "COUNT(CASE WHEN " + a.get(0) + " THEN 1 END)"),
            Map.entry("TO_VARCHAR", FunctionCalls::toChar),
            Map.entry("TO_CHAR", FunctionCalls::toChar),
            Map.entry("TO_NUMBER", FunctionCalls::toNumber),
            Map.entry("TO_DECIMAL", FunctionCalls::toNumber),
            Map.entry("TO_NUMERIC", FunctionCalls::toNumber),
            Map.entry("TRY_TO_NUMBER", a -> tryNumber(a.get(0), scaleArguments(a))),
            Map.entry("TRY_TO_DECIMAL", a -> tryNumber(a.get(0), scaleArguments(a))),
            Map.entry("TO_DATE", a -> "CAST(" + call("SF_TO_DATE", a) + " AS DATE)"),
            Map.entry("TRY_TO_DATE", a -> "CAST(" + call("SF_TRY_TO_DATE", a) + " AS DATE)"),
            Map.entry("TO_TIMESTAMP", a -> ntz(call("SF_TO_TIMESTAMP", a))),
            Map.entry("TO_TIMESTAMP_NTZ", a -> ntz(call("SF_TO_TIMESTAMP", a))),
            Map.entry("TRY_TO_TIMESTAMP", a -> ntz(call("SF_TRY_TO_TIMESTAMP", a))),
            Map.entry("TO_TIMESTAMP_LTZ", a -> "CAST(" + ntz(call("SF_TO_TIMESTAMP", a)) + " AS " + TypeNames.LTZ_TYPE + ")"),
            Map.entry("TO_TIMESTAMP_TZ", a -> "CAST(" + ntz(call("SF_TO_TIMESTAMP", a)) + " AS " + TypeNames.TZ_TYPE + ")"),
            Map.entry("TRY_CAST", FunctionCalls::tryCast),
            Map.entry("UUID_STRING", a -> a.isEmpty() ? "CAST(RANDOM_UUID() AS VARCHAR)" : null),
            Map.entry("SPLIT_PART", a -> call("SF_SPLIT_PART", a)),
            Map.entry("INITCAP", a -> call("SF_INITCAP", a)),
            Map.entry("CONVERT_TIMEZONE", FunctionCalls::convertTimezone),
            Map.entry("PARSE_JSON", a -> "CAST(" + call("SF_PARSE_JSON", a) + " AS VARIANT)"),
            Map.entry("TRY_PARSE_JSON", a -> "CAST(" + call("SF_TRY_PARSE_JSON", a) + " AS VARIANT)"),
            Map.entry("ARRAY_SIZE", a -> call("SF_ARRAY_SIZE", a)),
            Map.entry("GET_PATH", a -> "CAST(" + call("SF_GET_PATH", a) + " AS VARIANT)"),
            Map.entry("DATE_PART", FunctionCalls::datePart),
            Map.entry("STARTSWITH", a -> "(LEFT(" + a.get(0) + ", CHAR_LENGTH(" + a.get(1) + ")) = " + a.get(1) + ")"),
            Map.entry("ENDSWITH", a -> "(RIGHT(" + a.get(0) + ", CHAR_LENGTH(" + a.get(1) + ")) = " + a.get(1) + ")"),
            Map.entry("CONTAINS", a -> "(POSITION(" + a.get(1) + " IN " + a.get(0) + ") > 0)"),
            Map.entry("CHARINDEX", a -> call("LOCATE", a)),
            Map.entry("SEQ1", a -> Generator.SEQUENCE_COLUMN),
            Map.entry("SEQ2", a -> Generator.SEQUENCE_COLUMN),
            Map.entry("SEQ4", a -> Generator.SEQUENCE_COLUMN),
            Map.entry("SEQ8", a -> Generator.SEQUENCE_COLUMN),
            Map.entry("SYSDATE", a -> "CAST(CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP(9))"),
            Map.entry("GETDATE", a -> "CURRENT_TIMESTAMP"),
            Map.entry("CURRENT_TIMESTAMP", a -> a.isEmpty() ? "CURRENT_TIMESTAMP" : null),
            Map.entry("CURRENT_DATE", a -> a.isEmpty() ? "CURRENT_DATE" : null),
            Map.entry("CURRENT_TIME", a -> a.isEmpty() ? "CURRENT_TIME" : null),
            Map.entry("CONCAT", FunctionCalls::concat),
            Map.entry("CONCAT_WS", FunctionCalls::concatWithSeparator),
            Map.entry("DAYOFWEEK", a -> a.size() == 1 ? "MOD(ISO_DAY_OF_WEEK(" + a.get(0) + "), 7)" : null),
            Map.entry("DAYOFWEEKISO", a -> a.size() == 1 ? "ISO_DAY_OF_WEEK(" + a.get(0) + ")" : null),
            Map.entry("DAYNAME", a -> a.size() == 1 ? "FORMATDATETIME(" + a.get(0) + ", 'EEE', 'en')" : null),
            Map.entry("MONTHNAME", a -> a.size() == 1 ? "FORMATDATETIME(" + a.get(0) + ", 'MMM', 'en')" : null),
            Map.entry("ARRAY_AGG", a -> notEmulated("ARRAY_AGG")),
            Map.entry("ARRAYAGG", a -> notEmulated("ARRAYAGG")),
            Map.entry("OBJECT_AGG", a -> notEmulated("OBJECT_AGG")),
            Map.entry("ARRAY_CONSTRUCT", a -> notEmulated("ARRAY_CONSTRUCT")),
            Map.entry("ARRAY_CONSTRUCT_COMPACT", a -> notEmulated("ARRAY_CONSTRUCT_COMPACT")),
            Map.entry("OBJECT_CONSTRUCT", a -> notEmulated("OBJECT_CONSTRUCT")),
            Map.entry("OBJECT_CONSTRUCT_KEEP_NULL", a -> notEmulated("OBJECT_CONSTRUCT_KEEP_NULL")),
            Map.entry("TO_ARRAY", a -> notEmulated("TO_ARRAY")),
            Map.entry("TO_OBJECT", a -> notEmulated("TO_OBJECT")),
            Map.entry("TO_VARIANT", a -> notEmulated("TO_VARIANT")));

    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 2; i >= 0; i--) {
            Token name = text.get(i);
            if (name.kind() != Token.Kind.WORD || !text.is(i + 1, "(") || i > 0 && text.is(i - 1, ".")) {
                continue;
            }
            Function<List<String>, String> rewrite = CALLS.get(name.upper());
            if (rewrite == null) {
                continue;
            }
            List<String> arguments = new ArrayList<>();
            for (int[] range : text.arguments(i + 1)) {
                arguments.add(text.text(range[0], range[1]));
            }
            String replacement;
            try {
                replacement = rewrite.apply(arguments);
            } catch (IndexOutOfBoundsException e) {
                replacement = null;
            }
            if (replacement != null) {
                sql = text.replace(i, text.closing(i + 1), replacement);
                text = SqlText.of(sql);
            }
        }
        return sql;
    }

    /**
     * Semi-structured constructors: H2 answers some of them (its {@code ARRAY_AGG} gives an H2 array,
     * whose text is not Snowflake's), so they are refused by name.
     */
    private static String notEmulated(String function) {
        throw new NotEmulatedException(function);
    }

    /** Snowflake's CONCAT is NULL when any argument is (H2's skips NULLs); {@code ||} is NULL then in both. */
    private static String concat(List<String> arguments) {
        return arguments.isEmpty() ? null : "(" + String.join(" || ", parenthesized(arguments)) + ")";
    }

    /** CONCAT_WS(separator, value, ...): NULL when any argument is, the separator included (H2's skips NULLs). */
    private static String concatWithSeparator(List<String> arguments) {
        if (arguments.size() < 2) {
            return null;
        }
        List<String> values = parenthesized(arguments.subList(1, arguments.size()));
        String separator = "(" + arguments.get(0) + ")";
        return "CASE WHEN " + separator + " IS NULL THEN NULL ELSE (" + String.join(" || " + separator + " || ", values)
                + ") END";
    }

    private static List<String> parenthesized(List<String> expressions) {
        return expressions.stream().map(expression -> "(" + expression + ")").toList();
    }

    private static String call(String function, List<String> arguments) {
        return function + "(" + String.join(", ", arguments) + ")";
    }

    /**
     * DIV0 and DIV0NULL: 0 when {@code zero} holds, else the division, which is a {@code FLOAT} one when
     * an operand is a {@code FLOAT} (see {@link Division}). {@code a * 0} is a zero of the dividend's type.
     */
    private static String divisionOrZero(List<String> a, String zero, String exact) {
        if (a.size() != 2) {
            return null;
        }
        return "CASE WHEN SF_FLOATING(" + a.get(0) + ", " + a.get(1) + ") THEN CASE WHEN " + zero + " THEN ("
                + a.get(0) + ") * 0 ELSE " + Division.floatDivision(a.get(0), a.get(1)) + " END ELSE " + call(exact, a) + " END";
    }

    private static String ntz(String call) {
        return "CAST(" + call + " AS TIMESTAMP(9))";
    }

    private static String toChar(List<String> arguments) {
        return arguments.size() == 1 ? "SF_TO_VARCHAR(" + arguments.get(0) + ")" : call("TO_CHAR", arguments);
    }

    private static String toNumber(List<String> arguments) {
        if (arguments.size() > 1 && arguments.get(1).strip().startsWith("'")) {
            throw new NotEmulatedException("TO_NUMBER with a format");
        }
        return "CAST(" + arguments.get(0) + " AS NUMERIC" + scaleArguments(arguments) + ")";
    }

    /** {@code (p,s)} from the arguments after the value; Snowflake's default is {@code (38,0)}. */
    private static String scaleArguments(List<String> arguments) {
        String precision = arguments.size() > 1 ? arguments.get(1).strip() : "38";
        String scale = arguments.size() > 2 ? arguments.get(2).strip() : "0";
        return "(" + precision + "," + scale + ")";
    }

    private static String tryNumber(String value, String precisionAndScale) {
        return "CAST(SF_TRY_TO_NUMBER(" + value + ", " + precisionAndScale.substring(1, precisionAndScale.length() - 1)
                + ") AS NUMERIC" + precisionAndScale + ")";
    }

    /** {@code TRY_CAST(x AS type)}: a value that does not convert is NULL. */
    private static String tryCast(List<String> arguments) {
        SqlText text = SqlText.of(arguments.get(0));
        int as = -1;
        for (int i = text.size() - 1; i > 0; i--) {
            if (text.is(i, "AS")) {
                as = i;
                break;
            }
        }
        if (as < 0) {
            return null;
        }
        String value = text.text(0, as - 1);
        String type = text.text(as + 1, text.size() - 1);
        String base = text.get(as + 1).upper();
        switch (base) {
            case "NUMERIC":
                String size = text.is(as + 2, "(") ? text.text(as + 2, text.size() - 1) : "(38,0)";
                return tryNumber(value, size.replace(" ", ""));
            case "INT":
            case "INTEGER":
            case "BIGINT":
            case "SMALLINT":
            case "TINYINT":
                return tryNumber(value, "(38,0)");
            case "DOUBLE":
                return "CAST(SF_TRY_TO_DOUBLE(" + value + ") AS DOUBLE PRECISION)";
            case "DATE":
                return "CAST(SF_TRY_TO_DATE(" + value + ") AS DATE)";
            case "TIMESTAMP":
                return "CAST(CAST(SF_TRY_TO_TIMESTAMP(" + value + ") AS TIMESTAMP(9)) AS " + type + ")";
            case "BOOLEAN":
                return "CAST(SF_TRY_TO_BOOLEAN(" + value + ") AS BOOLEAN)";
            case "VARCHAR":
            case "CHAR":
            case "CHARACTER":
                return "CAST(" + value + " AS " + type + ")";
            default:
                throw new NotEmulatedException("TRY_CAST to " + type);
        }
    }

    private static String convertTimezone(List<String> arguments) {
        if (arguments.size() == 2) {
            return "CAST(" + call("SF_CONVERT_TIMEZONE", arguments) + " AS " + TypeNames.TZ_TYPE + ")";
        }
        return "CAST(" + call("SF_CONVERT_TIMEZONE", arguments) + " AS TIMESTAMP(9))";
    }

    /** DATE_PART(part, value); the day of the week counted as DAYOFWEEK and DAYOFWEEKISO count it. */
    private static String datePart(List<String> arguments) {
        String part = unquoted(arguments.get(0)).toUpperCase(Locale.ROOT);
        return switch (part) {
            case "DAYOFWEEK", "WEEKDAY", "DOW", "DW" -> "MOD(ISO_DAY_OF_WEEK(" + arguments.get(1) + "), 7)";
            case "DAYOFWEEKISO", "WEEKDAY_ISO", "DOW_ISO", "DW_ISO" -> "ISO_DAY_OF_WEEK(" + arguments.get(1) + ")";
            default -> "EXTRACT(" + unquoted(arguments.get(0)) + " FROM " + arguments.get(1) + ")";
        };
    }

    private static String unquoted(String part) {
        String stripped = part.strip();
        return stripped.startsWith("'") ? stripped.substring(1, stripped.length() - 1).toUpperCase(Locale.ROOT) : stripped;
    }
}
