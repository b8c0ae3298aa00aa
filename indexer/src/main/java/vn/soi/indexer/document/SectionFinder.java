package vn.soi.indexer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a document with a line-level pass (no TokensRegex): a heading is a short line whose text, after
 * its numbering, starts with a cue phrase of {@link HeadingCues}. The numbering style of the first heading (Roman
 * numerals, Arabic numerals, "Phần thứ nhất", letters or none) is the top level; a heading of that style, or any
 * heading of a new kind, starts a part; deeper numbered lines and sub-item cues become the part's items; a numbered
 * top-level line without a cue is an item of the part before it, or ends that part when no known part follows; an
 * END cue (signature block) ends the last part.
 */
final class SectionFinder {

    /** Numbering styles, recognised in this order. */
    enum Style { PART, ROMAN, ARABIC_NESTED, ARABIC, CAPITAL_LETTER, LETTER, BULLET, NONE }

    private static final Pattern PART = Pattern.compile(
            "^(?iu)phần\\s+(thứ\\s+)?(nhất|hai|ba|tư|năm|sáu|bảy|[ivx]{1,4}|\\d{1,2})(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.):\\-–]\\s*");
    private static final Pattern ARABIC_NESTED = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}(\\.\\d{1,2})?)\\.?[):]?\\s+");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(?=\\p{L})");
    /** "A." / "B)" number parts when "a)" / "b)" number their items, so the two cases are two levels. */
    private static final Pattern CAPITAL_LETTER = Pattern.compile("^([A-ZĐ])\\s*[.)]\\s+");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*[.)]\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-+•*–]\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final int MAX_HEADING = 200;
    private static final int MAX_BARE_HEADING = 120;
    /** A bare title line (no numbering, no colon) has at most this many words. */
    private static final int MAX_TITLE_WORDS = 30;
    /** After its cue, a bulleted heading has at most this many words ("- Nguyên nhân của hạn chế, khuyết điểm"). */
    private static final int MAX_BULLET_TAIL_WORDS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?…,]$");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /**
     * A line ending in one of these words runs on into the next line: a PDF wrapped a sentence there
     * ("Nguyên nhân chủ quan là do bản thân chưa sắp xếp thời gian và"), so it is not a title.
     */
    private static final Pattern RUNS_ON = Pattern.compile(
            "(?iu)(?<![\\p{L}])(và|hoặc|hay|nhưng|mà|nên|là|của|với|để|do|vì|cho|các|những|còn|chưa|đã|được)$");

    /** A heading line: kind (null for a numbered line without cue), flags, style, start offset and text. */
    private record Heading(SectionKind kind, boolean item, boolean end, Style style, int start, String text) {
    }

    private final HeadingCues cues;

    SectionFinder(HeadingCues cues) {
        this.cues = cues;
    }

    /**
     * The top-level parts of {@code text} of the given kinds, in document order, each with its items. {@code itemKind}
     * is the part an ITEM cue opens when it comes before any part (STRENGTHS for reports), or null when ITEM cues are
     * not used.
     */
    List<Section> find(String text, Set<SectionKind> kinds, SectionKind itemKind) {
        List<TextLine> lines = TextLine.of(text);
        List<Heading> headings = headings(text, lines, kinds, itemKind != null);
        Style top = headings.stream().filter(h -> h.kind() != null && !h.item()).map(Heading::style).findFirst()
                .orElse(Style.NONE);
        List<Section> sections = new ArrayList<>();
        Heading open = null;
        List<Heading> items = new ArrayList<>();
        SectionKind openKind = null;
        int lastPart = lastPart(headings);
        for (int index = 0; index < headings.size(); index++) {
            Heading h = headings.get(index);
            if (h.end()) {
                if (open != null) {
                    sections.add(close(text, openKind, open, items, h.start()));
                    open = null;
                    break;
                }
                continue;
            }
            if (h.item() && h.kind() != null) {
                // A sub-part cue ("Nguyên nhân chủ quan") is an item of its kind's part, opening one when needed.
                if (open == null || openKind != h.kind()) {
                    if (open != null) {
                        sections.add(close(text, openKind, open, items, h.start()));
                    }
                    open = h;
                    openKind = h.kind();
                    items.clear();
                }
                items.add(h);
                continue;
            }
            // A top-level title without cue ends the part only after the last known part (an annex, a signature):
            // between two parts its text stays in the part before it, as an item.
            if (h.item() || (h.kind() == null && (h.style() != top || !isTitle(h.text()) || index < lastPart))
                    || (open != null && h.kind() == openKind && h.style() != top)) {
                if (open != null) {
                    items.add(h);
                } else if (h.item()) {
                    open = h;
                    openKind = itemKind;
                    items.clear();
                }
                continue;
            }
            if (open != null) {
                sections.add(close(text, openKind, open, items, h.start()));
                open = null;
            }
            if (h.kind() != null) {
                open = h;
                openKind = h.kind();
                items.clear();
            }
        }
        if (open != null) {
            sections.add(close(text, openKind, open, items, text.length()));
        }
        return sections;
    }

    /** The index of the last heading that opens a part of a known kind, or -1. */
    private static int lastPart(List<Heading> headings) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            if (headings.get(i).kind() != null) {
                return i;
            }
        }
        return -1;
    }

    /** A numbered line without cue ends a part only when it reads like a title: short, no final full stop. */
    private static boolean isTitle(String heading) {
        return heading.length() <= MAX_BARE_HEADING && !heading.endsWith(".");
    }

    private static Section close(String text, SectionKind kind, Heading heading, List<Heading> items, int limit) {
        int end = Spans.trimEnd(text, heading.start(), limit);
        List<Section> sub = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Heading item = items.get(i);
            int itemLimit = i + 1 < items.size() ? items.get(i + 1).start() : end;
            sub.add(new Section(kind, item.text(), item.start(), Spans.trimEnd(text, item.start(), itemLimit)));
        }
        return new Section(kind, heading.text(), heading.start(), end, sub);
    }

    private List<Heading> headings(String text, List<TextLine> lines, Set<SectionKind> kinds, boolean useItems) {
        List<Heading> headings = new ArrayList<>();
        boolean started = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String trimmed = line.text().strip();
            if (trimmed.isEmpty() || trimmed.length() > MAX_HEADING) {
                continue;
            }
            int start = line.contentStart();
            Numbered numbered = numbered(trimmed);
            String rest = trimmed.substring(numbered.prefix());
            int headingEnd = line.contentEnd();
            if (numbered.style() == Style.PART && rest.isBlank()) {
                Optional<TextLine> next = lines.stream().skip(i + 1L).filter(l -> !l.isBlank()).findFirst();
                if (next.isPresent() && next.get().text().strip().length() <= MAX_HEADING) {
                    rest = next.get().text().strip();
                    headingEnd = next.get().contentEnd();
                    i = next.get().index();
                }
            }
            String lower = rest.toLowerCase(Locale.ROOT);
            Optional<HeadingCues.Cue> cue = cues.match(lower, kinds, useItems, started);
            if (cue.isPresent() && looksLikeHeading(numbered.style(), rest, lower, cue.get())
                    && !(isBareTitle(numbered.style(), rest, lower, cue.get()) && runsOn(rest, lines, i))) {
                HeadingCues.Cue c = cue.get();
                headings.add(new Heading(c.kind(), c.item(), c.end(), numbered.style(), start,
                        headingText(text, start, headingEnd)));
                started |= c.kind() != null || c.item();
            } else if (numbered.style() != Style.NONE && numbered.style() != Style.BULLET && started
                    && !rest.isBlank()) {
                headings.add(new Heading(null, false, false, numbered.style(), start,
                        headingText(text, start, headingEnd)));
            }
        }
        return headings;
    }

    /** The heading as written, a two-line "Phần thứ nhất" heading joined by one space. */
    private static String headingText(String text, int start, int end) {
        return LINE_BREAK.matcher(text.substring(start, end)).replaceAll(" ");
    }

    /**
     * Numbered lines need only the cue. Bare lines must also end in a colon, be in capitals, stop at the cue, or read
     * like a title: capitalised, at most {@link #MAX_TITLE_WORDS} words, no colon inside and no final punctuation, so
     * a body sentence that begins with the same words ("Liên hệ với ..., bản thân còn ...") is not a heading. A
     * bulleted line is more often a list entry, so a title there may add only a few words to its cue.
     */
    private static boolean looksLikeHeading(Style style, String rest, String lower, HeadingCues.Cue cue) {
        if (cue.end()) {
            return rest.length() <= 80;
        }
        if (style != Style.NONE && style != Style.BULLET) {
            return true;
        }
        String after = lower.substring(lower.indexOf(cue.phrase()) + cue.phrase().length()).strip();
        boolean capitals = rest.equals(rest.toUpperCase(Locale.ROOT));
        if (rest.length() <= MAX_BARE_HEADING
                && (after.isEmpty() || after.startsWith(":") || rest.endsWith(":") || capitals)) {
            return true;
        }
        if (SENTENCE_END.matcher(rest).find() || rest.indexOf(':') >= 0
                || !Character.isUpperCase(rest.codePointAt(0))) {
            return false;
        }
        return style == Style.BULLET
                ? words(after) <= MAX_BULLET_TAIL_WORDS
                : capitals || words(rest) <= MAX_TITLE_WORDS;
    }

    /** Whether a bare line is a heading only because it reads like a title (no colon, capitals or bare cue). */
    private static boolean isBareTitle(Style style, String rest, String lower, HeadingCues.Cue cue) {
        if (cue.end() || (style != Style.NONE && style != Style.BULLET)) {
            return false;
        }
        String after = lower.substring(lower.indexOf(cue.phrase()) + cue.phrase().length()).strip();
        boolean capitals = rest.equals(rest.toUpperCase(Locale.ROOT));
        return !(after.isEmpty() || after.startsWith(":") || rest.endsWith(":") || capitals);
    }

    /**
     * A title-like line whose sentence goes on (it ends in a conjunction or function word, or the next non-blank line
     * starts in lower case) is a wrapped body line, as PDFs wrap long sentences.
     */
    private static boolean runsOn(String rest, List<TextLine> lines, int index) {
        if (RUNS_ON.matcher(rest.strip()).find()) {
            return true;
        }
        Optional<TextLine> next = lines.stream().skip(index + 1L).filter(l -> !l.isBlank()).findFirst();
        if (next.isEmpty()) {
            return false;
        }
        String following = next.get().text().strip();
        return Character.isLowerCase(following.codePointAt(0));
    }

    private static int words(String text) {
        String stripped = text.replaceAll("^[\\p{P}\\s]+", "");
        return stripped.isEmpty() ? 0 : WORDS.split(stripped).length;
    }

    private record Numbered(Style style, int prefix) {
    }

    private static Numbered numbered(String trimmed) {
        for (Style style : Style.values()) {
            Pattern pattern = switch (style) {
                case PART -> PART;
                case ROMAN -> ROMAN;
                case ARABIC_NESTED -> ARABIC_NESTED;
                case ARABIC -> ARABIC;
                case CAPITAL_LETTER -> CAPITAL_LETTER;
                case LETTER -> LETTER;
                case BULLET -> BULLET;
                case NONE -> null;
            };
            if (pattern == null) {
                break;
            }
            Matcher m = pattern.matcher(trimmed);
            if (m.find()) {
                return new Numbered(style, m.end());
            }
        }
        return new Numbered(Style.NONE, 0);
    }
}
