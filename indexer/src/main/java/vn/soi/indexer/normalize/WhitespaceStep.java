package vn.soi.indexer.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 6: line breaks become {@code \n} (from {@code \r\n} and {@code \r}); within a line, runs of spaces and tabs
 * become one space and the line loses its leading and trailing spaces; runs of blank lines become one blank line (a
 * paragraph break); blank lines at the start and end of the text and of each page are dropped. Page breaks
 * ({@code \f}, as the extractor separates PDF pages) are kept for {@link PageFurnitureStep}.
 */
public final class WhitespaceStep implements NormalizationStep {

    /** Creates the step. */
    public WhitespaceStep() {
    }

    @Override
    public String name() {
        return "whitespace";
    }

    @Override
    public String apply(String text) {
        String unified = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        String[] pages = unified.split("\f", -1);
        StringBuilder out = new StringBuilder(unified.length());
        for (int p = 0; p < pages.length; p++) {
            if (p > 0) {
                out.append('\f');
            }
            out.append(String.join("\n", cleanLines(pages[p])));
        }
        String result = out.toString();
        return result.equals(text) ? text : result;
    }

    /** The page's lines with spaces collapsed, without leading, trailing or repeated blank lines. */
    static List<String> cleanLines(String page) {
        List<String> lines = new ArrayList<>();
        boolean pendingBlank = false;
        for (String raw : page.split("\n", -1)) {
            String line = collapsed(raw);
            if (line.isEmpty()) {
                pendingBlank = !lines.isEmpty();
                continue;
            }
            if (pendingBlank) {
                lines.add("");
                pendingBlank = false;
            }
            lines.add(line);
        }
        return lines;
    }

    private static String collapsed(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u000B') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
