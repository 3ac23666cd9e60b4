package st.connection.snowflake.emulator.internal.dialect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The arguments of one {@code FLATTEN(...)}, named ({@code INPUT => v}) or by position, and the H2
 * expressions of its columns for an element number, read through the emulator's
 * {@code SF_FLATTEN_*} functions. {@code RECURSIVE => TRUE} is not emulated.
 *
 * @param input the input expression, as written
 * @param path a string literal, {@code ''} when not given
 * @param outer whether an input without elements still gives one row
 * @param mode a string literal, {@code 'BOTH'} when not given
 */
record FlattenCall(String input, String path, boolean outer, String mode) {
    /** FLATTEN's columns, in the order of {@code SELECT *}. */
    static final List<String> COLUMNS = List.of("SEQ", "KEY", "PATH", "INDEX", "VALUE", "THIS");
    private static final List<String> POSITIONS = List.of("INPUT", "PATH", "OUTER", "RECURSIVE", "MODE");

    /** @param open the index of the parenthesis after {@code FLATTEN} */
    static FlattenCall parse(SqlText text, int open) {
        String input = null;
        String path = "''";
        boolean outer = false;
        String mode = "'BOTH'";
        List<int[]> arguments = text.arguments(open);
        for (int position = 0; position < arguments.size(); position++) {
            int[] argument = arguments.get(position);
            boolean named = text.is(argument[0] + 1, "=>");
            String name = named ? text.get(argument[0]).upper() : position < POSITIONS.size() ? POSITIONS.get(position) : "?";
            String value = text.text(named ? argument[0] + 2 : argument[0], argument[1]);
            switch (name) {
                case "INPUT" -> input = value;
                case "PATH" -> path = value;
                case "OUTER" -> outer = isTrue(value);
                case "MODE" -> mode = value;
                case "RECURSIVE" -> {
                    if (isTrue(value)) {
                        throw new NotEmulatedException("FLATTEN with RECURSIVE => TRUE");
                    }
                }
                default -> throw new NotEmulatedException("the FLATTEN argument " + text.text(argument[0], argument[1]));
            }
        }
        if (input == null) {
            throw new NotEmulatedException("FLATTEN without INPUT");
        }
        return new FlattenCall(input, path, outer, mode);
    }

    private static boolean isTrue(String value) {
        return value.strip().equalsIgnoreCase("TRUE");
    }

    /** The number of elements, at least 1 with {@code OUTER => TRUE}. */
    String rowCount() {
        String size = "SF_FLATTEN_SIZE(" + input + ", " + path + ", " + mode + ")";
        return outer ? "GREATEST(" + size + ", 1)" : size;
    }

    /**
     * The expression of one column for the element numbered by {@code element}.
     *
     * @param seq the expression of SEQ, or null when it cannot be told
     */
    String column(String name, String element, String seq) {
        String arguments = input + ", " + path + ", " + mode;
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "SEQ" -> {
                if (seq == null) {
                    throw new NotEmulatedException("SEQ of a FLATTEN whose input is not read from one table by name");
                }
                yield seq;
            }
            case "KEY" -> "SF_FLATTEN_KEY(" + arguments + ", " + element + ")";
            case "PATH" -> "SF_FLATTEN_PATH(" + arguments + ", " + element + ")";
            case "INDEX" -> "SF_FLATTEN_INDEX(" + arguments + ", " + element + ")";
            case "VALUE" -> "CAST(SF_FLATTEN_VALUE(" + arguments + ", " + element + ") AS VARIANT)";
            case "THIS" -> "CAST(SF_FLATTEN_THIS(" + arguments + ") AS VARIANT)";
            default -> throw new IllegalArgumentException("not a FLATTEN column: " + name);
        };
    }

    /** The tables the input names columns of, by their qualifiers ({@code t} of {@code t.col}). */
    Set<String> inputQualifiers() {
        SqlText text = SqlText.of(input);
        Set<String> qualifiers = new LinkedHashSet<>();
        for (int i = 0; i + 2 < text.size(); i++) {
            if (text.get(i).isName() && text.is(i + 1, ".") && text.get(i + 2).isName() && !text.is(i - 1, ".")
                    && !text.is(i + 3, "(")) {
                qualifiers.add(text.get(i).text());
            }
        }
        return qualifiers;
    }
}
