package vn.soi.indexer.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 7: removes page furniture (running headers, footers and page numbers) from text whose pages the extractor
 * separated with {@code \f}, then joins the pages with a line break so that a sentence split by a page break reads on.
 *
 * <p>Only the first two and last two non-blank lines of a page are candidates. Such a
 * line is furniture when a line of the same shape sits in the same region (top or bottom) on at least two pages and on
 * more than half of them. The shape is the line lowercased with every number replaced by '#', so "Trang 3/12",
 * "- 3 -" and a bare "3" match their counterparts on other pages; where the numbers differ between pages they must
 * follow the page count (each number minus its page index is constant), so numbered content that happens to open
 * several pages ("Điều 1.", "Điều 2." on pages 2 and 5) is kept. A line on only one page is never removed, and a line
 * with the same text on both pages of a two-page text is kept too (it may be the heading of two one-page documents);
 * only page numbers are removed there.
 */
public final class PageFurnitureStep implements NormalizationStep {

    private static final int EDGE_LINES = 2;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Creates the step. */
    public PageFurnitureStep() {
    }

    @Override
    public String name() {
        return "page-furniture";
    }

    @Override
    public String apply(String text) {
        if (text.indexOf('\f') < 0) {
            return text;
        }
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            pages.add(new ArrayList<>(List.of(page.split("\n", -1))));
        }
        Set<String> top = furniture(pages, true);
        Set<String> bottom = furniture(pages, false);
        List<String> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            Set<Integer> drop = new HashSet<>();
            for (int index : edgeIndexes(lines, true)) {
                if (top.contains(occurrenceKey(lines.get(index), p))) {
                    drop.add(index);
                }
            }
            for (int index : edgeIndexes(lines, false)) {
                if (bottom.contains(occurrenceKey(lines.get(index), p))) {
                    drop.add(index);
                }
            }
            String page = String.join("\n", remaining(lines, drop));
            if (!page.isEmpty()) {
                kept.add(page);
            }
        }
        return String.join("\n", kept);
    }

    /** The lines not dropped, without leading, trailing or doubled blank lines. */
    private static List<String> remaining(List<String> lines, Set<Integer> drop) {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!drop.contains(i)) {
                left.add(lines.get(i));
            }
        }
        return WhitespaceStep.cleanLines(String.join("\n", left));
    }

    /**
     * The occurrences (line text + page index) that are furniture in one region. A shape qualifies when it occurs on
     * two or more pages, on more than half of all pages, and its numbers are either equal everywhere or page numbers.
     */
    private static Set<String> furniture(List<List<String>> pages, boolean top) {
        Map<String, List<Occurrence>> byShape = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            Set<String> seenOnPage = new HashSet<>();
            for (int index : edgeIndexes(lines, top)) {
                String line = lines.get(index);
                String shape = shape(line);
                if (seenOnPage.add(shape)) {
                    byShape.computeIfAbsent(shape, s -> new ArrayList<>()).add(new Occurrence(p, line, numbers(line)));
                }
            }
        }
        Set<String> furniture = new HashSet<>();
        for (List<Occurrence> occurrences : byShape.values()) {
            boolean repeated = occurrences.size() >= 2 && occurrences.size() * 2 > pages.size();
            boolean pageNumbered = numbersFollowPages(occurrences);
            // Identical lines on both pages of a two-page text are as likely two documents' own headings as furniture.
            boolean sameText = !pageNumbered && pages.size() >= 3 && numbersAgree(occurrences);
            if (repeated && (pageNumbered || sameText)) {
                for (Occurrence occurrence : occurrences) {
                    furniture.add(occurrenceKey(occurrence.line(), occurrence.page()));
                }
            }
        }
        return furniture;
    }

    /** Some numbers differ between the pages, and each number that differs is the page index plus a constant. */
    private static boolean numbersFollowPages(List<Occurrence> occurrences) {
        boolean varies = false;
        int count = occurrences.get(0).numbers().size();
        for (int k = 0; k < count; k++) {
            Set<Long> values = new HashSet<>();
            for (Occurrence occurrence : occurrences) {
                values.add(occurrence.numbers().get(k));
            }
            varies |= values.size() > 1;
        }
        return varies && numbersAgree(occurrences);
    }

    /** Numbers in the same position are all equal, or all equal to the page index plus one constant offset. */
    private static boolean numbersAgree(List<Occurrence> occurrences) {
        int count = occurrences.get(0).numbers().size();
        for (int k = 0; k < count; k++) {
            Set<Long> values = new HashSet<>();
            Set<Long> offsets = new HashSet<>();
            for (Occurrence occurrence : occurrences) {
                long value = occurrence.numbers().get(k);
                values.add(value);
                offsets.add(value - occurrence.page());
            }
            if (values.size() > 1 && offsets.size() > 1) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> edgeIndexes(List<String> lines, boolean top) {
        List<Integer> indexes = new ArrayList<>(EDGE_LINES);
        for (int step = 0; step < lines.size() && indexes.size() < EDGE_LINES; step++) {
            int index = top ? step : lines.size() - 1 - step;
            if (!lines.get(index).isBlank()) {
                indexes.add(index);
            }
        }
        return indexes;
    }

    private static String shape(String line) {
        return NUMBER.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
    }

    private static List<Long> numbers(String line) {
        List<Long> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(line);
        while (matcher.find()) {
            String digits = matcher.group();
            numbers.add(digits.length() > 15 ? Long.MAX_VALUE : Long.parseLong(digits));
        }
        return numbers;
    }

    private static String occurrenceKey(String line, int page) {
        return page + "\u0000" + line;
    }

    private record Occurrence(int page, String line, List<Long> numbers) {
    }
}
