package vn.soi.indexer.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.soi.indexer.nlp.rules.SeedTable;

/**
 * The cue phrases of part headings ({@code seeds/lexicons/section-headings.tsv}): each names a {@link SectionKind}, a
 * sub-item ({@link Cue#item}) or the signature block that ends the last part ({@link Cue#end}); LEAD rows are optional
 * words that may precede any phrase ("Về nguyên nhân").
 */
final class HeadingCues {

    static final String RESOURCE = "seeds/lexicons/section-headings.tsv";

    /** Prefix of the kind column for a sub-item of one kind's part ("ITEM:CAUSES"). */
    private static final String SUB_ITEM = "ITEM:";

    /**
     * One cue: the kind (null for ITEM and END), the flags, and the lower-case phrase. A cue with both a kind and the
     * item flag is a sub-item of that kind's part ("Nguyên nhân chủ quan" under "Nguyên nhân").
     */
    record Cue(SectionKind kind, boolean item, boolean end, String phrase) {
    }

    private final List<Cue> cues;
    private final List<String> leads;

    private HeadingCues(List<Cue> cues, List<String> leads) {
        this.cues = cues;
        this.leads = leads;
    }

    static HeadingCues standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        private static final HeadingCues STANDARD = load();
    }

    private static HeadingCues load() {
        List<Cue> cues = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        for (List<String> row : SeedTable.read(RESOURCE, 3)) {
            String kind = row.get(0);
            String phrase = row.get(1).toLowerCase(Locale.ROOT);
            switch (kind) {
                case "LEAD" -> leads.add(phrase + " ");
                case "ITEM" -> cues.add(new Cue(null, true, false, phrase));
                case "END" -> cues.add(new Cue(null, false, true, phrase));
                default -> {
                    boolean sub = kind.startsWith(SUB_ITEM);
                    try {
                        cues.add(new Cue(SectionKind.valueOf(sub ? kind.substring(SUB_ITEM.length()) : kind), sub,
                                false, phrase));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(RESOURCE + ": unknown section kind " + kind, e);
                    }
                }
            }
        }
        cues.sort(Comparator.comparingInt((Cue c) -> c.phrase().length()).reversed());
        return new HeadingCues(List.copyOf(cues), List.copyOf(leads));
    }

    /**
     * The longest cue that starts {@code lower} (or {@code lower} without one optional lead word such as "về") and ends
     * at a word boundary, among the cues of the given kinds (ITEM and END cues are included when {@code items} /
     * {@code ends} say so). The cue's phrase is matched after the lead word, so callers see the phrase as written.
     */
    Optional<Cue> match(String lower, Set<SectionKind> kinds, boolean items, boolean ends) {
        Optional<Cue> cue = longest(lower, kinds, items, ends);
        if (cue.isPresent()) {
            return cue;
        }
        for (String lead : leads) {
            if (lower.startsWith(lead)) {
                return longest(lower.substring(lead.length()).stripLeading(), kinds, items, ends);
            }
        }
        return Optional.empty();
    }

    private Optional<Cue> longest(String lower, Set<SectionKind> kinds, boolean items, boolean ends) {
        for (Cue cue : cues) {
            boolean wanted = cue.kind() != null ? kinds.contains(cue.kind()) : cue.item() ? items : ends;
            if (wanted && lower.startsWith(cue.phrase()) && boundaryAfter(lower, cue.phrase().length())) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }

    /** The phrases of one kind's cues, e.g. every way of writing "tự nhận mức xếp loại". */
    List<String> phrases(SectionKind kind) {
        return cues.stream().filter(c -> c.kind() == kind).map(Cue::phrase).toList();
    }

    private static boolean boundaryAfter(String lower, int at) {
        return at >= lower.length() || !Character.isLetterOrDigit(lower.charAt(at));
    }
}
