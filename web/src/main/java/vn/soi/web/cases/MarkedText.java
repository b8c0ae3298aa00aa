package vn.soi.web.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a document's text into passages around marked spans (evidence offsets), each passage a list of segments that
 * are marked or not. With unlimited context the whole text is one passage.
 */
public final class MarkedText {
    /** Keep the whole text around the marks. */
    public static final int WHOLE_TEXT = Integer.MAX_VALUE;

    private MarkedText() {
    }

    /**
     * A span {@code [start, end)} of the text to mark.
     *
     * @param start first character
     * @param end one past the last character
     */
    public record Span(int start, int end) {
        /** Validates the fields. */
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * A run of text, marked (evidence) or not.
     *
     * @param text the characters
     * @param marked whether it is evidence
     */
    public record Segment(String text, boolean marked) {
        /** Validates the fields. */
        public Segment {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A stretch of the text shown together.
     *
     * @param segments its runs, in order
     * @param cutBefore whether text before it is left out
     * @param cutAfter whether text after it is left out
     */
    public record Passage(List<Segment> segments, boolean cutBefore, boolean cutAfter) {
        /** Copies the segments. */
        public Passage {
            segments = List.copyOf(segments);
        }
    }

    /**
     * @param text the normalised text
     * @param spans the spans to mark; spans beyond the text's end are left out (the caller tells the reader)
     * @param context characters of context kept on each side of a mark, or {@link #WHOLE_TEXT}
     * @return the passages, in text order (none when no span fits the text, unless the whole text is asked for)
     */
    public static List<Passage> passages(String text, List<Span> spans, int context) {
        Objects.requireNonNull(text, "text");
        if (context < 0) {
            throw new IllegalArgumentException("context must not be negative, got " + context);
        }
        List<Span> marks = merge(spans.stream().filter(s -> s.end() <= text.length()).toList());
        if (context == WHOLE_TEXT) {
            return List.of(passage(text, marks, 0, text.length()));
        }
        List<Passage> passages = new ArrayList<>();
        int i = 0;
        while (i < marks.size()) {
            int from = Math.max(0, marks.get(i).start() - context);
            int to = (int) Math.min(text.length(), (long) marks.get(i).end() + context);
            int j = i + 1;
            while (j < marks.size() && marks.get(j).start() - context <= to) {
                to = (int) Math.min(text.length(), (long) marks.get(j).end() + context);
                j++;
            }
            passages.add(passage(text, marks.subList(i, j), from, to));
            i = j;
        }
        return passages;
    }

    private static Passage passage(String text, List<Span> marks, int from, int to) {
        List<Segment> segments = new ArrayList<>();
        int at = from;
        for (Span mark : marks) {
            if (mark.start() > at) {
                segments.add(new Segment(text.substring(at, mark.start()), false));
            }
            if (mark.end() > mark.start()) {
                segments.add(new Segment(text.substring(mark.start(), mark.end()), true));
            }
            at = mark.end();
        }
        if (at < to) {
            segments.add(new Segment(text.substring(at, to), false));
        }
        return new Passage(segments, from > 0, to < text.length());
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
