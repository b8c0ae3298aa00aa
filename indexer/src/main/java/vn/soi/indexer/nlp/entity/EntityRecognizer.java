package vn.soi.indexer.nlp.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.soi.indexer.nlp.segment.Word;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/**
 * Finds people, positions and units in Vietnamese text, with offsets, by rules over lexicons in {@code seeds/lexicons/}
 * ({@code positions.tsv}, {@code unit-kinds.tsv}, {@code person-titles.tsv}) and the segmenter's family, middle and
 * place names.
 *
 * <ul>
 *   <li><b>People</b>: a capitalised family name from the list and one to three capitalised syllables or initials
 *       ("Nguyễn Văn An", "Nguyễn V. A", "N.V.A" after a title); in all capitals ("NGUYỄN VĂN AN") the second
 *       syllable must be a middle name, or the name must stand alone in its line or cell. After a title ("đồng chí",
 *       "đ/c", "ông", "bà", "anh", "chị", "thầy", "cô") any capitalised name of one to four parts ("đồng chí Hùng"); the
 *       title is not part of the span. Not people: a name after a place cue ("đường Trần Hưng Đạo", "tư tưởng Hồ Chí Minh"), a
 *       name listed as NOT_PERSON ("Hồ Chí Minh" is never a review participant), a place name ("Hà Nội", "Thái Bình"
 *       when it opens the run), a name inside a unit name ("Trường THCS Lê Lợi").</li>
 *   <li><b>Positions</b>: the longest lexicon phrase, any case ("Phó Bí thư", "chi ủy viên"); its role with
 *       {@link #positionRole}.</li>
 *   <li><b>Units</b>: a unit word ("Chi bộ", "Đảng ủy", "phòng", "xã", "Ủy ban nhân dân") followed by a name:
 *       capitalised words with their lower-case syllables ("Tài chính"), joined by "-" or "và", with a lower-case
 *       administrative level and its own name inside ("Ủy ban nhân dân xã Hòa An"); in an all-capitals header, the
 *       capitals up to a cell break or a stop word ("CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH"). A unit word without a name
 *       is not an entity ("các chi bộ đã họp"), except the bodies marked standalone in {@code unit-kinds.tsv} when
 *       written with a capital ("Huyện ủy", "Bí thư Chi bộ"), but not alone in a cell (a column heading) nor in a
 *       capitals heading ("BIÊN BẢN HỌP CHI BỘ"; "T/M CHI ỦY" is a unit).</li>
 * </ul>
 * Where spans compete at the same place, a title and its name come first, then the longer of position and unit (the
 * position on a tie: "Trưởng phòng Tài chính" is a position), then a person. Names, positions and units never cross a
 * line or a cell break (a tab or two spaces).
 *
 * <p>A capitalised word of a unit name takes one lower-case syllable that is not a function word or a common verb
 * ("Tài chính"), then listed words that continue names ("cơ sở", "tổng hợp"); with a {@link WordSegmenter} the
 * syllable is extended to the end of the segmenter's word.
 *
 * <p>Immutable and thread-safe; load it once ({@link #standard()}) and share it.
 */
public final class EntityRecognizer {

    private static final int MAX_NAME_PARTS = 4;
    private static final int MAX_UNIT_TOKENS = 24;
    private static final List<String> CONNECTORS = List.of("-", "–", "và", "&");

    private final EntityLexicons lexicons;
    private final WordSegmenter segmenter;

    private EntityRecognizer(EntityLexicons lexicons, WordSegmenter segmenter) {
        this.lexicons = lexicons;
        this.segmenter = segmenter;
    }

    /** The recogniser with the standard seeds and no word segmenter, loaded once per JVM. */
    public static EntityRecognizer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        private static final EntityRecognizer STANDARD = new EntityRecognizer(EntityLexicons.load(), null);
    }

    /** The same lexicons; the lower-case part of a unit name's words extends to the end of {@code segmenter}'s word. */
    public EntityRecognizer withSegmenter(WordSegmenter segmenter) {
        if (segmenter == null) {
            throw new IllegalArgumentException("segmenter must not be null (use standard() without one)");
        }
        return new EntityRecognizer(lexicons, segmenter);
    }

    /** The role of a position entity (by its normalised text or any spelling of a lexicon phrase), if listed. */
    public Optional<PositionRole> positionRole(String position) {
        if (position == null) {
            return Optional.empty();
        }
        List<Token> tokens = EntityTokens.of(position);
        PhraseTable.Match<PositionRole> match = lexicons.positions.longest(tokens, 0);
        return match != null && match.end() == tokens.size() ? Optional.of(match.value()) : Optional.empty();
    }

    /**
     * Every person, position and unit of {@code text}, in text order, without overlaps; offsets index into
     * {@code text} (give it normalised: NFC, canonical tone marks).
     */
    public List<Entity> find(String text) {
        if (text == null) {
            throw new IllegalArgumentException("the text to search for entities must not be null");
        }
        Scan scan = new Scan(text, EntityTokens.of(text));
        return scan.run();
    }

    /** One call's state: the tokens, the segmenter's words (when there is a segmenter) and the entities found. */
    private final class Scan {

        private final String text;
        private final List<Token> tokens;
        private final int n;
        /** For each token, the index of the segmenter word it belongs to; null without a segmenter. */
        private int[] wordOf;
        private final List<Entity> found = new ArrayList<>();
        /** Memo of {@link #unitEnd}: -1 until computed. */
        private final int[] unitEnds;

        Scan(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
            this.n = tokens.size();
            this.unitEnds = new int[n];
            Arrays.fill(unitEnds, -1);
        }

        List<Entity> run() {
            if (segmenter != null) {
                wordOf = segmenterWords();
            }
            int i = 0;
            while (i < n) {
                int next = at(i);
                i = next > i ? next : i + 1;
            }
            return List.copyOf(found);
        }

        /** Recognises what starts at token {@code i}; returns the index after it, or {@code i} when nothing does. */
        private int at(int i) {
            PhraseTable.Match<Boolean> title = lexicons.titles.longest(tokens, i);
            if (title != null && insideProperName(i)) {
                title = null;
            }
            if (title != null) {
                int nameEnd = titledName(title.end());
                if (nameEnd > title.end()) {
                    add(EntityKind.PERSON, title.end(), nameEnd);
                    return nameEnd;
                }
            }
            PhraseTable.Match<Boolean> notPosition = lexicons.notPositions.longest(tokens, i);
            if (notPosition != null) {
                return notPosition.end();
            }
            PhraseTable.Match<PositionRole> position = lexicons.positions.longest(tokens, i);
            int unitEnd = unitEnd(i);
            if (position != null && position.end() >= unitEnd) {
                if (lexicons.notPeople.longest(tokens, position.end()) == null) {
                    add(EntityKind.POSITION, i, position.end());
                }
                return position.end();
            }
            if (unitEnd > i) {
                add(EntityKind.UNIT, i, unitEnd);
                return unitEnd;
            }
            if (title == null && lexicons.placeCues.endsAt(tokens, i) && !tokens.get(i).breakBefore()
                    && tokens.get(i).isCapitalised()) {
                // A street or a doctrine named after a person ("đường Nguyễn Văn Cừ"): skip the whole name.
                return nameRun(i, tokens.get(i).isAllCaps(), MAX_NAME_PARTS);
            }
            if (title == null) {
                int personEnd = familyName(i);
                if (personEnd > i) {
                    add(EntityKind.PERSON, i, personEnd);
                    return personEnd;
                }
            }
            return i;
        }

        // ---- people ----

        /** A capitalised title word inside a proper name ("Hai Bà Trưng"), not opening a sentence, is no title. */
        private boolean insideProperName(int i) {
            return tokens.get(i).isCapitalised() && !sentenceStart(i) && tokens.get(i - 1).isCapitalised();
        }

        /** End of a name after a title ending at {@code from}: one to four capitalised parts or initials. */
        private int titledName(int from) {
            if (from >= n || tokens.get(from).breakBefore() || !tokens.get(from).isCapitalised()) {
                return from;
            }
            if (lexicons.notPeople.longest(tokens, from) != null || lexicons.locations.longest(tokens, from) != null
                    || lexicons.locations.longest(tokens, from - 1) != null) {
                return from;
            }
            boolean caps = tokens.get(from).isAllCaps();
            return nameRun(from, caps, MAX_NAME_PARTS);
        }

        /** End of a family-name person starting at {@code i}, or {@code i}. */
        private int familyName(int i) {
            Token first = tokens.get(i);
            if (!first.isCapitalised() || first.isInitial() || !lexicons.familyNames.contains(first.lower())) {
                return i;
            }
            boolean caps = first.isAllCaps();
            if (!caps && !first.isTitleCase()) {
                return i;
            }
            if (lexicons.notPeople.longest(tokens, i) != null || lexicons.locations.longest(tokens, i) != null
                    || insideProperName(i) && (found.isEmpty() || found.get(found.size() - 1).end()
                    != tokens.get(i - 1).end())) {
                return i;
            }
            int end = nameRun(i + 1, caps, MAX_NAME_PARTS - 1);
            int parts = end - i - dots(i, end);
            if (parts < 2) {
                return i;
            }
            if (caps && !lexicons.middleNames.contains(tokens.get(i + 1).lower())
                    && !(parts == 2 && first.breakBefore() && (end == n || tokens.get(end).breakBefore()))) {
                return i;
            }
            if (parts == 2 && sentenceStart(i) && lexicons.sentenceInitial.contains(first.lower())) {
                return i;
            }
            return end;
        }

        /**
         * End of a run of name parts from {@code from}: capitalised syllables (all capitals when {@code caps}) or
         * initials, a dot after an initial kept only inside the name ("Nguyễn V. An", "N.V.A"). Stops at a break, a
         * title, a position or a unit with a name.
         */
        private int nameRun(int from, boolean caps, int maxParts) {
            int k = from;
            int parts = 0;
            while (k < n && parts < maxParts) {
                Token t = tokens.get(k);
                if (t.breakBefore() && k > from || !namePart(t, caps) || startsOther(k, k > from)) {
                    break;
                }
                parts++;
                k++;
                if (t.isInitial() && k + 1 < n && tokens.get(k).is(".") && !tokens.get(k).spaceBefore()
                        && parts < maxParts && !tokens.get(k + 1).breakBefore()
                        && namePart(tokens.get(k + 1), caps) && !startsOther(k + 1, true)
                        && (tokens.get(k + 1).isInitial() || !tokens.get(k + 1).spaceBefore() || parts < 3)) {
                    k++;
                }
            }
            return k;
        }

        private boolean namePart(Token t, boolean caps) {
            return caps ? t.isAllCaps() || t.isInitial() : t.isTitleCase();
        }

        /**
         * A title, a position or a named unit starts at {@code k}: a name cannot run into it. Inside a name a
         * one-word title is a given name ("Nguyễn Thị Anh", "Lê Thị Cô").
         */
        private boolean startsOther(int k, boolean insideName) {
            PhraseTable.Match<Boolean> title = lexicons.titles.longest(tokens, k);
            return title != null && (!insideName || title.end() > k + 1)
                    || lexicons.positions.longest(tokens, k) != null || unitEnd(k) > k;
        }

        private int dots(int from, int to) {
            int count = 0;
            for (int k = from; k < to; k++) {
                count += tokens.get(k).is(".") ? 1 : 0;
            }
            return count;
        }

        private boolean sentenceStart(int i) {
            if (i == 0 || tokens.get(i).breakBefore()) {
                return true;
            }
            String before = tokens.get(i - 1).text();
            return ".!?:;".contains(before) || (i == 1 || tokens.get(i - 1).breakBefore()) && "-+•*–".contains(before);
        }

        // ---- units ----

        /** End of a unit whose word starts at {@code i}, or {@code i}; computed once per token. */
        private int unitEnd(int i) {
            if (unitEnds[i] < 0) {
                unitEnds[i] = computeUnitEnd(i);
            }
            return unitEnds[i];
        }

        private int computeUnitEnd(int i) {
            PhraseTable.Match<UnitKind> head = lexicons.units.longest(tokens, i);
            if (head == null || !head.value().category().opensUnit() || blocked(i)) {
                return i;
            }
            Token first = tokens.get(i);
            int headEnd = head.end();
            boolean caps = first.isAllCaps() && headEnd < n && !tokens.get(headEnd).breakBefore()
                    && tokens.get(headEnd).isAllCaps();
            int end = caps ? capsName(headEnd) : name(headEnd, head.value());
            if (end > headEnd) {
                return end;
            }
            if (head.value().standalone() == UnitKind.Standalone.YES && first.isCapitalised()
                    && !(first.breakBefore() && (headEnd == n || tokens.get(headEnd).breakBefore()))
                    && (!first.isAllCaps() || onBehalfOf(i))) {
                return headEnd;
            }
            return i;
        }

        /**
         * "T/M" (thay mặt, on behalf of) precedes token {@code i}: the signature block names the body in capitals
         * ("T/M BAN THƯỜNG VỤ"); elsewhere a unit word alone in capitals is a heading ("BIÊN BẢN HỌP CHI BỘ").
         */
        private boolean onBehalfOf(int i) {
            return i >= 3 && tokens.get(i - 3).lower().equals("t") && tokens.get(i - 2).is("/")
                    && tokens.get(i - 1).lower().equals("m");
        }

        /** A phrase that is not a unit covers token {@code i} ("cơ sở", "xã hội"). */
        private boolean blocked(int i) {
            for (int from = Math.max(0, i - 2); from <= i; from++) {
                PhraseTable.Match<UnitKind> m = lexicons.units.longest(tokens, from);
                if (m != null && !m.value().category().opensUnit() && m.end() > i) {
                    return true;
                }
            }
            return false;
        }

        /** A phrase that ends unit names starts at {@code k} (the national header, a rating level). */
        private boolean isStop(int k) {
            PhraseTable.Match<UnitKind> m = lexicons.units.longest(tokens, k);
            return m != null && m.value().category() == UnitKind.Category.STOP;
        }

        /**
         * End of an all-capitals unit name from {@code from}: capitals, initials and numbers up to a break, a title, a
         * position, the national header or a stop word ("NĂM 2024").
         */
        private int capsName(int from) {
            int k = from;
            int end = from;
            while (k < n && k - from < MAX_UNIT_TOKENS) {
                Token t = tokens.get(k);
                if (t.breakBefore()) {
                    break;
                }
                if (CONNECTORS.contains(t.text()) && k + 1 < n && !tokens.get(k + 1).breakBefore()
                        && tokens.get(k + 1).isAllCaps()) {
                    k++;
                    continue;
                }
                if (!(t.isAllCaps() || t.isInitial() || t.isDigits()) || lexicons.titles.longest(tokens, k) != null
                        || lexicons.positions.longest(tokens, k) != null || isStop(k)) {
                    break;
                }
                boolean number = t.lower().equals("số") && k + 1 < n && tokens.get(k + 1).isDigits();
                if (!number && lexicons.units.longest(tokens, k) == null
                        && lexicons.capsStopSyllables.contains(t.lower())) {
                    break;
                }
                k++;
                end = k;
            }
            return end;
        }

        /**
         * End of a unit name from {@code from} (just after the unit word): capitalised words, each with its lower-case
         * syllables ({@link #tail}); a unit word written with a capital and whatever follows it as a name ("Chi bộ
         * Phòng Kế toán"); numbers ("số 3", "Khu phố 5"); "-" or "và" before a capitalised word that does not open a
         * unit of its own; a lower-case unit word followed by its own name, or closing the name bare ("... tỉnh").
         */
        private int name(int from, UnitKind kind) {
            int k = from;
            int end = from;
            int afterHead = from;
            boolean joined = false;
            while (k < n && k - from < MAX_UNIT_TOKENS) {
                Token t = tokens.get(k);
                if (t.breakBefore()) {
                    break;
                }
                if (t.isCapitalised()) {
                    if (k != afterHead && (lexicons.titles.longest(tokens, k) != null
                            || lexicons.positions.longest(tokens, k) != null)
                            || !kind.mayBeNamedAfterPeople() && personWithMiddleName(k) || isStop(k)) {
                        break;
                    }
                    PhraseTable.Match<UnitKind> inner = lexicons.units.longest(tokens, k);
                    if (inner != null && inner.value().category().opensUnit()) {
                        k = inner.end();
                        afterHead = k;
                    } else if (k > from && k != afterHead && tokens.get(k - 1).isCapitalised() && end == k) {
                        // Inside a proper name every syllable is capitalised ("Hòa An"): a lower-case syllable after
                        // it starts running text ("Hòa An thua lỗ"), unless the two make a known name word.
                        PhraseTable.Match<Boolean> known = lexicons.continuations.longest(tokens, k);
                        k = known != null ? known.end() : k + 1;
                    } else {
                        k = tail(k + 1);
                    }
                    end = k;
                    continue;
                }
                boolean numberAfterHead = k == afterHead && (k != from || tokens.get(k - 1).isCapitalised()
                        || kind.category() == UnitKind.Category.ADMINISTRATIVE);
                if (t.isDigits() && (end > from || numberAfterHead)) {
                    k++;
                    end = k;
                    break;
                }
                if (t.lower().equals("số") && !joined && k + 1 < n && tokens.get(k + 1).isDigits()
                        && !tokens.get(k + 1).breakBefore()) {
                    k += 2;
                    end = k;
                    break;
                }
                if (CONNECTORS.contains(t.lower()) && end > from && k + 1 < n && !tokens.get(k + 1).breakBefore()
                        && tokens.get(k + 1).isCapitalised() && unitEnd(k + 1) == k + 1 && !numbered(k + 1)) {
                    joined |= t.lower().equals("và");
                    k++;
                    continue;
                }
                PhraseTable.Match<UnitKind> inner = t.isLowerWord() ? lexicons.units.longest(tokens, k) : null;
                if (inner != null && inner.value().category().opensUnit() && !blocked(k)) {
                    int innerEnd = inner.end();
                    if (innerEnd < n && !tokens.get(innerEnd).breakBefore()
                            && tokens.get(innerEnd).isCapitalised()) {
                        k = innerEnd;
                        afterHead = k;
                        continue;
                    }
                    if (inner.value().standalone() == UnitKind.Standalone.TRAILING) {
                        end = innerEnd;
                    }
                }
                break;
            }
            return end;
        }

        /** The capitalised word at {@code k} is followed by "số" and a number: a document ("Kế hoạch số 45"). */
        private boolean numbered(int k) {
            int after = tail(k + 1);
            return after + 1 < n && tokens.get(after).lower().equals("số") && tokens.get(after + 1).isDigits();
        }

        /** A full name with a middle name starts at {@code k} ("Lê Văn Bình" after "Giám đốc Sở Tài chính"). */
        private boolean personWithMiddleName(int k) {
            return k + 2 < n && lexicons.familyNames.contains(tokens.get(k).lower())
                    && tokens.get(k + 1).isTitleCase() && lexicons.middleNames.contains(tokens.get(k + 1).lower())
                    && tokens.get(k + 2).isTitleCase() && !tokens.get(k + 1).breakBefore();
        }

        /**
         * End of the lower-case part of a capitalised word of a unit name ending before {@code from}: one syllable that
         * is not a function word or a common verb ("Tài chính"), extended to the end of its word when there is a
         * segmenter ("Trung học phổ thông" if the model makes it one word), then words that continue names
         * ({@code name-continuations.txt}: "cơ sở", "tổng hợp").
         */
        private int tail(int from) {
            int k = from;
            if (k < n && lexicons.continuations.longest(tokens, k) == null && continues(k)) {
                k++;
            }
            if (wordOf != null) {
                while (k < n && wordOf[k] >= 0 && wordOf[k] == wordOf[k - 1] && tokens.get(k).isLowerWord()
                        && !tokens.get(k).breakBefore()) {
                    k++;
                }
            }
            while (k < n && !tokens.get(k).breakBefore() && tokens.get(k).isLowerWord()) {
                PhraseTable.Match<Boolean> more = lexicons.continuations.longest(tokens, k);
                if (more == null) {
                    break;
                }
                k = more.end();
            }
            return k;
        }

        private boolean continues(int k) {
            Token t = tokens.get(k);
            if (!t.isLowerWord() || t.breakBefore() || lexicons.stopSyllables.contains(t.lower())
                    || lexicons.positions.longest(tokens, k) != null || lexicons.titles.longest(tokens, k) != null) {
                return false;
            }
            PhraseTable.Match<UnitKind> head = lexicons.units.longest(tokens, k);
            return head == null || !head.value().category().opensUnit() || head.end() >= n
                    || !tokens.get(head.end()).isCapitalised() || tokens.get(head.end()).breakBefore();
        }

        /** The segmenter's word index of each token (-1 for a token outside any word). */
        private int[] segmenterWords() {
            int[] out = new int[n];
            Arrays.fill(out, -1);
            int k = 0;
            int index = 0;
            for (List<Word> sentence : segmenter.segmentText(text)) {
                for (Word word : sentence) {
                    while (k < n && tokens.get(k).start() < word.start()) {
                        k++;
                    }
                    while (k < n && tokens.get(k).start() < word.end()) {
                        out[k++] = index;
                    }
                    index++;
                }
            }
            return out;
        }

        // ---- output ----

        private void add(EntityKind kind, int from, int to) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            String written = text.substring(start, end);
            found.add(new Entity(kind, written, start, end, normalise(kind, from, to)));
        }

        private String normalise(EntityKind kind, int from, int to) {
            StringBuilder out = new StringBuilder();
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (k > from && t.spaceBefore()) {
                    out.append(' ');
                }
                String form = EntityTokens.canonical(t.text());
                out.append(switch (kind) {
                    case PERSON -> t.isAllCaps() ? form.charAt(0) + form.substring(1).toLowerCase(Locale.ROOT) : form;
                    case POSITION, UNIT -> form.toLowerCase(Locale.ROOT);
                });
            }
            return out.toString();
        }
    }
}
