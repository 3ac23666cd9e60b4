package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of character ranges of one text, all stated against the original text and applied
 * together, so that no edit moves the positions of another. Edits must not overlap; an insertion
 * (an empty range) at the start of a replaced range goes before the replacement. Not thread safe.
 */
final class TextEdits {
    private record Edit(int start, int end, String text) {
    }

    private final String original;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(String original) {
        this.original = original;
    }

    /** Replaces the characters from {@code start} (inclusive) to {@code end} (exclusive). */
    TextEdits replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text));
        return this;
    }

    TextEdits insert(int at, String text) {
        return replace(at, at, text);
    }

    String apply() {
        StringBuilder result = new StringBuilder(original);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed())
                .forEach(edit -> result.replace(edit.start(), edit.end(), edit.text()));
        return result.toString();
    }
}
