package vn.soi.indexer.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Step 4: letters that look like Vietnamese letters become them (U+00D0 Ð and U+00F0 ð become Đ and đ). The table is
 * the resource {@code look-alike-letters.tsv}. Runs after {@link LegacyFontStep}: in TCVN3 text U+00D0 is 'é'.
 */
public final class LookAlikeLetterStep implements NormalizationStep {

    private static final String RESOURCE = "look-alike-letters.tsv";
    private static final Map<Character, Character> LETTERS = load();

    /** Creates the step. */
    public LookAlikeLetterStep() {
    }

    @Override
    public String name() {
        return "look-alike-letters";
    }

    @Override
    public String apply(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Character letter = LETTERS.get(text.charAt(i));
            if (letter != null) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, letter);
            }
        }
        return out == null ? text : out.toString();
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> letters = new HashMap<>();
        for (ResourceTable.Row row : ResourceTable.read(RESOURCE)) {
            String[] fields = row.fields();
            try {
                letters.put((char) Integer.parseInt(fields[0].strip(), 16),
                        (char) Integer.parseInt(fields[1].strip(), 16));
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected 'hex<TAB>hex', got '"
                        + row.raw() + "'", e);
            }
        }
        return Map.copyOf(letters);
    }
}
