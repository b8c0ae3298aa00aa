package vn.soi.indexer.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.soi.indexer.nlp.rules.SeedTable;

/**
 * Decides what a document is from weighted cue phrases ({@code seeds/lexicons/document-type-cues.tsv}): phrases that
 * open a line of the title block weigh far more than mentions in the body, so news about the review process stays
 * {@link DocumentType#OTHER}. A type needs the table's threshold score; the confidence grows with the winner's margin
 * over the others and with its score. The cues that decided are returned as the user can check them, e.g.
 * {@code title: "BẢN KIỂM ĐIỂM CÁ NHÂN"}. Immutable and safe to share between threads.
 */
public final class DocumentClassifier {

    static final String RESOURCE = "seeds/lexicons/document-type-cues.tsv";
    /** Lines of the title block: the first non-empty lines. */
    private static final int TITLE_LINES = 25;
    private static final int QUOTE_LENGTH = 80;

    private enum Zone { TITLE, LINE, BODY, FILENAME }

    private record Cue(DocumentType type, Zone zone, double weight, String phrase, String folded) {
    }

    private final List<Cue> cues;
    private final double threshold;

    private DocumentClassifier(List<Cue> cues, double threshold) {
        this.cues = cues;
        this.threshold = threshold;
    }

    /** The classifier with the cues of {@code seeds/}. */
    public static DocumentClassifier standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        private static final DocumentClassifier STANDARD = load();
    }

    private static DocumentClassifier load() {
        List<Cue> cues = new ArrayList<>();
        Double threshold = null;
        for (List<String> row : SeedTable.read(RESOURCE, 5)) {
            double weight;
            try {
                weight = Double.parseDouble(row.get(2));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RESOURCE + ": bad weight in " + row, e);
            }
            if (row.get(1).equals("THRESHOLD")) {
                threshold = weight;
                continue;
            }
            try {
                Zone zone = Zone.valueOf(row.get(1));
                String phrase = zone == Zone.FILENAME ? RatingText.fold(row.get(3)) : row.get(3).toLowerCase(Locale.ROOT);
                if (zone == Zone.FILENAME && row.get(3).startsWith(".")) {
                    phrase = row.get(3).toLowerCase(Locale.ROOT);
                }
                cues.add(new Cue(DocumentType.valueOf(row.get(0)), zone, weight, phrase, RatingText.fold(phrase)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ": unknown type or zone in " + row, e);
            }
        }
        if (threshold == null) {
            throw new IllegalStateException(RESOURCE + ": no THRESHOLD row");
        }
        cues.sort(Comparator.comparingInt((Cue c) -> c.phrase().length()).reversed());
        return new DocumentClassifier(List.copyOf(cues), threshold);
    }

    /**
     * The type of a document from its normalised text and its file name (may be empty), with a confidence in [0, 1]
     * and the cues that decided it.
     */
    public Classification classify(String text, String fileName) {
        Objects.requireNonNull(text, "text");
        String name = fileName == null ? "" : fileName;
        String foldedName = RatingText.fold(name);
        String lowerName = name.toLowerCase(Locale.ROOT);
        List<TextLine> lines = TextLine.of(text).stream().filter(l -> !l.isBlank()).toList();
        List<String> lowerLines = lines.stream().map(l -> l.text().strip().toLowerCase(Locale.ROOT)).toList();
        // OCR of scans loses and swaps diacritics ("BẢN TỰ KIEM ĐIỂM"): headings are also matched without them.
        List<String> foldedLines = lines.stream().map(l -> RatingText.fold(l.text())).toList();
        String lowerText = text.toLowerCase(Locale.ROOT);
        Map<DocumentType, Double> scores = new EnumMap<>(DocumentType.class);
        Map<DocumentType, List<String>> reasons = new EnumMap<>(DocumentType.class);
        // A line counts once per type, for its longest cue: "BẢN KIỂM ĐIỂM CÁ NHÂN" is not also "BẢN KIỂM ĐIỂM".
        Set<String> usedLines = new HashSet<>();
        for (Cue cue : cues) {
            String reason = switch (cue.zone()) {
                case TITLE -> lineStarting(lines, lowerLines, foldedLines, cue, TITLE_LINES, "title");
                case LINE -> lineStarting(lines, lowerLines, foldedLines, cue, lines.size(), "line");
                case BODY -> lowerText.contains(cue.phrase()) ? "body: \"" + cue.phrase() + "\"" : null;
                case FILENAME -> (cue.phrase().startsWith(".") ? lowerName.endsWith(cue.phrase())
                        || lowerName.contains(cue.phrase() + ".") : foldedName.contains(cue.phrase()))
                        ? "file name: \"" + name + "\"" : null;
            };
            if (reason != null && usedLines.add(cue.type() + reason)) {
                scores.merge(cue.type(), cue.weight(), Double::sum);
                reasons.computeIfAbsent(cue.type(), t -> new ArrayList<>()).add(reason + " (+" + cue.weight() + ")");
            }
        }
        return decide(scores, reasons);
    }

    private Classification decide(Map<DocumentType, Double> scores, Map<DocumentType, List<String>> reasons) {
        DocumentType best = null;
        double bestScore = 0;
        double second = 0;
        for (Map.Entry<DocumentType, Double> e : scores.entrySet()) {
            if (e.getKey() == DocumentType.OTHER) {
                continue;
            }
            if (e.getValue() > bestScore) {
                second = bestScore;
                best = e.getKey();
                bestScore = e.getValue();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        double otherScore = scores.getOrDefault(DocumentType.OTHER, 0.0);
        if (best != null && bestScore >= threshold && bestScore > otherScore) {
            double margin = bestScore / (bestScore + Math.max(second, otherScore));
            double strength = Math.min(1, bestScore / (2 * threshold));
            return new Classification(best, round(margin * strength), reasons.get(best));
        }
        List<String> cues = new ArrayList<>(reasons.getOrDefault(DocumentType.OTHER, List.of()));
        if (best != null) {
            cues.add(String.format(Locale.ROOT, "%s: %.1f < %.1f", best, bestScore,
                    Math.max(threshold, otherScore)));
        } else if (cues.isEmpty()) {
            cues.add("no cue of any review document");
        }
        double confidence = otherScore > 0 ? otherScore / (otherScore + bestScore)
                : 1 - Math.min(0.5, bestScore / (2 * threshold));
        return new Classification(DocumentType.OTHER, round(confidence), cues);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * The reason when one of the first {@code limit} non-empty lines starts with the cue's phrase (as written, or
     * failing that without diacritics), else null.
     */
    private static String lineStarting(List<TextLine> lines, List<String> lowerLines, List<String> foldedLines,
                                       Cue cue, int limit, String zone) {
        for (int i = 0; i < Math.min(limit, lines.size()); i++) {
            boolean exact = startsWithWord(lowerLines.get(i), cue.phrase());
            if (exact || startsWithWord(foldedLines.get(i), cue.folded())) {
                String line = lines.get(i).text().strip();
                return zone + (exact ? "" : " (không dấu)") + ": \""
                        + (line.length() > QUOTE_LENGTH ? line.substring(0, QUOTE_LENGTH) + "…" : line) + "\"";
            }
        }
        return null;
    }

    private static boolean startsWithWord(String line, String phrase) {
        return !phrase.isEmpty() && line.startsWith(phrase)
                && (line.length() == phrase.length() || !Character.isLetterOrDigit(line.charAt(phrase.length())));
    }
}
