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
 * top-level line without a cue ends the part; an END cue (signature block) ends the last part.
 */
final class SectionFinder {

    /** Numbering styles, recognised in this order. */
    enum Style { PART, ROMAN, ARABIC_NESTED, ARABIC, LETTER, BULLET, NONE }

    private static final Pattern PART = Pattern.compile(
            "^(?iu)phần\\s+(thứ\\s+)?(nhất|hai|ba|tư|năm|sáu|bảy|[ivx]{1,4}|\\d{1,2})(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.):\\-–]\\s*");
    private static final Pattern ARABIC_NESTED = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}(\\.\\d{1,2})?)\\.?[):]?\\s+");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(?=\\p{L})");
    private static final Pattern LETTER = Pattern.compile("^([a-zđA-ZĐ])\\s*[.)]\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-+•*–]\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final int MAX_HEADING = 200;
    private static final int MAX_BARE_HEADING = 120;

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
        Style top = headings.stream().filter(h -> h.kind() != null).map(Heading::style).findFirst()
                .orElse(Style.NONE);
        List<Section> sections = new ArrayList<>();
        Heading open = null;
        List<Heading> items = new ArrayList<>();
        SectionKind openKind = null;
        for (Heading h : headings) {
            if (h.end()) {
                if (open != null) {
                    sections.add(close(text, openKind, open, items, h.start()));
                    open = null;
                    break;
                }
                continue;
            }
            if (h.item() || (h.kind() == null && (h.style() != top || !isTitle(h.text())))
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
            if (cue.isPresent() && looksLikeHeading(numbered.style(), rest, lower, cue.get())) {
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

    /** Numbered lines need only the cue; bare lines must also end in a colon, be in capitals, or stop at the cue. */
    private static boolean looksLikeHeading(Style style, String rest, String lower, HeadingCues.Cue cue) {
        if (cue.end()) {
            return rest.length() <= 80;
        }
        if (style != Style.NONE && style != Style.BULLET) {
            return true;
        }
        if (rest.length() > MAX_BARE_HEADING) {
            return false;
        }
        String after = lower.substring(lower.indexOf(cue.phrase()) + cue.phrase().length()).strip();
        return after.isEmpty() || after.startsWith(":") || rest.endsWith(":")
                || rest.equals(rest.toUpperCase(Locale.ROOT));
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
