package vn.soi.web.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.soi.web.pseudonym.NameReplacer;
import vn.soi.web.pseudonym.Pseudonymizer;

/**
 * What a user may see of personal names: everything ({@link #none()}), or, for researchers, every known name replaced
 * by its stable pseudonym ({@link #hiding}). Also rewrites the indexer's highlighted snippets, whose {@code <b>} marks
 * may cut through a name: names are replaced in the plain text first and the marks put back around the result.
 */
public final class NameMask {
    private static final NameMask NONE = new NameMask(null, null);

    private final NameReplacer replacer;
    private final Pseudonymizer pseudonymizer;

    private NameMask(NameReplacer replacer, Pseudonymizer pseudonymizer) {
        this.replacer = replacer;
        this.pseudonymizer = pseudonymizer;
    }

    /** @return a mask that shows names as they are */
    public static NameMask none() {
        return NONE;
    }

    /**
     * @param pseudonymizer computes pseudonyms
     * @param names the names to hide
     * @return a mask that replaces those names by their pseudonyms
     */
    public static NameMask hiding(Pseudonymizer pseudonymizer, Collection<String> names) {
        Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        return new NameMask(pseudonymizer.replacerFor(names), pseudonymizer);
    }

    /** @return whether names are hidden */
    public boolean hides() {
        return replacer != null;
    }

    /**
     * @param text a plain text, or null
     * @return the text with known names replaced (null stays null)
     */
    public String text(String text) {
        return text == null || replacer == null ? text : replacer.replace(text);
    }

    /**
     * @param personName a value known to be a personal name (a PERSON field, a register row's person), or null
     * @return its pseudonym when hiding, else the name
     */
    public String name(String personName) {
        if (personName == null || pseudonymizer == null || personName.isBlank()) {
            return personName;
        }
        return pseudonymizer.pseudonym(personName);
    }

    /**
     * @param text a plain text
     * @return the known names in it (none when not hiding)
     */
    public List<NameReplacer.Occurrence> occurrences(String text) {
        return replacer == null ? List.of() : replacer.occurrences(text);
    }

    /**
     * Rewrites a snippet of the indexer (text HTML-escaped, matches in {@code <b>…</b>}): the text is unescaped and
     * escaped again, so that whatever the snippet holds, only {@code <b>} marks come out as markup. When hiding, a name
     * any part of which was marked comes out marked whole.
     *
     * @param html the snippet's HTML
     * @return HTML with the same marks and escaping, names replaced
     */
    public String snippet(String html) {
        StringBuilder plain = new StringBuilder(html.length());
        List<Boolean> marked = new ArrayList<>(html.length());
        boolean bold = false;
        for (int i = 0; i < html.length(); ) {
            if (html.startsWith("<b>", i)) {
                bold = true;
                i += 3;
            } else if (html.startsWith("</b>", i)) {
                bold = false;
                i += 4;
            } else if (html.charAt(i) == '&') {
                int semicolon = html.indexOf(';', i);
                String entity = semicolon < 0 ? "&" : html.substring(i, semicolon + 1);
                char c = switch (entity) {
                    case "&amp;" -> '&';
                    case "&lt;" -> '<';
                    case "&gt;" -> '>';
                    case "&quot;" -> '"';
                    case "&#x27;", "&#39;" -> '\'';
                    default -> '&';
                };
                plain.append(c);
                marked.add(bold);
                i += c == '&' && !entity.equals("&amp;") ? 1 : entity.length();
            } else {
                plain.append(html.charAt(i));
                marked.add(bold);
                i++;
            }
        }
        return markedHtml(plain.toString(), marked);
    }

    private String markedHtml(String plain, List<Boolean> marked) {
        StringBuilder out = new StringBuilder(plain.length() + 32);
        boolean open = false;
        int position = 0;
        for (NameReplacer.Occurrence name : occurrences(plain)) {
            open = appendMarked(out, plain, marked, position, name.start(), open);
            boolean anyMarked = marked.subList(name.start(), name.end()).contains(Boolean.TRUE);
            open = toggle(out, open, anyMarked);
            escape(out, name.pseudonym());
            position = name.end();
        }
        open = appendMarked(out, plain, marked, position, plain.length(), open);
        toggle(out, open, false);
        return out.toString();
    }

    private static boolean appendMarked(StringBuilder out, String plain, List<Boolean> marked, int from, int to,
            boolean open) {
        boolean state = open;
        for (int i = from; i < to; i++) {
            state = toggle(out, state, marked.get(i));
            escape(out, String.valueOf(plain.charAt(i)));
        }
        return state;
    }

    private static boolean toggle(StringBuilder out, boolean open, boolean wanted) {
        if (open != wanted) {
            out.append(wanted ? "<b>" : "</b>");
        }
        return wanted;
    }

    /**
     * Appends text escaped for HTML element content and attribute values.
     *
     * @param out where to append
     * @param text the text
     */
    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
