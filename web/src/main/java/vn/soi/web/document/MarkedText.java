package vn.soi.web.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import vn.soi.indexer.document.Section;
import vn.soi.web.pseudonym.NameReplacer;
import vn.soi.web.search.NameMask;

/**
 * Cuts a document's normalised text into its outlined parts and each part into pieces at the edges of the marks
 * (evidence, the search hit), replacing personal names for researchers. A name is never cut: a mark or part edge
 * inside a name moves to the name's edge, so the whole pseudonym is marked or not.
 */
public final class MarkedText {
    /** Label of the text before the first recognised part. */
    static final String OPENING = "Mở đầu";
    /** Label of text between or after recognised parts. */
    static final String OTHER = "Nội dung khác";
    /** Label of a text with no recognised part. */
    static final String WHOLE = "Toàn văn";

    private MarkedText() {
    }

    /**
     * @param text the normalised text
     * @param sections the document's top-level sections (offsets into the text)
     * @param marks the spans to mark (clamped to the text)
     * @param mask replaces personal names
     * @return the parts in text order, covering the whole text
     */
    public static List<DocumentPart> parts(String text, List<Section> sections, List<TextMark> marks, NameMask mask) {
        List<NameReplacer.Occurrence> names = mask.occurrences(text);
        List<int[]> spans = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        int cursor = 0;
        List<Section> ordered = sections.stream().sorted(Comparator.comparingInt(Section::start)).toList();
        for (Section section : ordered) {
            int start = snap(Math.max(section.start(), cursor), names, false);
            int end = snap(Math.min(section.end(), text.length()), names, false);
            if (end <= start) {
                continue;
            }
            if (start > cursor && text.substring(cursor, start).isBlank()) {
                // Only line breaks between two parts: they end the part before (or open the first part) rather
                // than make an empty part; at the end of a part they draw no blank line.
                if (spans.isEmpty()) {
                    start = cursor;
                } else {
                    spans.get(spans.size() - 1)[1] = start;
                }
            } else if (start > cursor) {
                spans.add(new int[] {cursor, start});
                labels.add(new String[] {cursor == 0 ? OPENING : OTHER, ""});
            }
            spans.add(new int[] {start, end});
            labels.add(new String[] {section.kind().label(), mask.text(section.heading())});
            cursor = end;
        }
        if (!spans.isEmpty() && cursor < text.length() && text.substring(cursor).isBlank()) {
            spans.get(spans.size() - 1)[1] = text.length();
        } else if (cursor < text.length() || spans.isEmpty()) {
            spans.add(new int[] {cursor, text.length()});
            labels.add(new String[] {cursor == 0 ? WHOLE : OTHER, ""});
        }
        List<TextMark> snapped = new ArrayList<>();
        for (TextMark mark : marks) {
            int start = snap(Math.min(mark.start(), text.length()), names, false);
            int end = snap(Math.min(mark.end(), text.length()), names, true);
            if (end > start) {
                snapped.add(new TextMark(start, end, mark.kind(), mark.anchor(), mark.title()));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        for (TextMark mark : snapped) {
            cuts.add(mark.start());
            cuts.add(mark.end());
        }
        List<DocumentPart> parts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            parts.add(new DocumentPart("part-" + (i + 1), labels.get(i)[0], labels.get(i)[1],
                    pieces(text, span[0], span[1], cuts, snapped, names)));
        }
        return parts;
    }

    private static List<TextPiece> pieces(String text, int from, int to, TreeSet<Integer> cuts, List<TextMark> marks,
            List<NameReplacer.Occurrence> names) {
        List<Integer> edges = new ArrayList<>();
        edges.add(from);
        edges.addAll(cuts.subSet(from, false, to, false));
        edges.add(to);
        List<TextPiece> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < edges.size(); i++) {
            int start = edges.get(i);
            int end = edges.get(i + 1);
            boolean evidence = false;
            boolean hit = false;
            List<String> anchors = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (TextMark mark : marks) {
                if (mark.start() == start) {
                    anchors.add(mark.anchor());
                }
                if (mark.start() <= start && mark.end() >= end) {
                    evidence |= mark.kind() == TextMark.Kind.EVIDENCE;
                    hit |= mark.kind() == TextMark.Kind.HIT;
                    if (!mark.title().isEmpty() && !titles.contains(mark.title())) {
                        titles.add(mark.title());
                    }
                }
            }
            pieces.add(new TextPiece(replaced(text, start, end, names), evidence, hit, anchors,
                    String.join(", ", titles)));
        }
        return pieces;
    }

    private static String replaced(String text, int start, int end, List<NameReplacer.Occurrence> names) {
        StringBuilder out = new StringBuilder(end - start);
        int position = start;
        for (NameReplacer.Occurrence name : names) {
            if (name.end() <= start || name.start() >= end) {
                continue;
            }
            out.append(text, position, Math.max(position, name.start()));
            out.append(name.pseudonym());
            position = Math.min(end, name.end());
        }
        out.append(text, position, end);
        return out.toString();
    }

    /** Moves an offset inside a name to the name's start (or, for {@code toEnd}, its end). */
    private static int snap(int offset, List<NameReplacer.Occurrence> names, boolean toEnd) {
        for (NameReplacer.Occurrence name : names) {
            if (offset > name.start() && offset < name.end()) {
                return toEnd ? name.end() : name.start();
            }
        }
        return offset;
    }
}
