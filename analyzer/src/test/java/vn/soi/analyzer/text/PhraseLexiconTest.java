package vn.soi.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseLexiconTest {

    private final PhraseLexicon lexicon = PhraseLexicon.of(List.of("tốt", "hoàn thành tốt", "có lúc, có việc", "Hòa"));

    @Test
    void matches_whole_syllables_longest_first_without_overlap() {
        String text = "Hoàn thành tốt nhiệm vụ, tốt nghiệp loại tốt.";
        List<PhraseMatch> matches = lexicon.find(Tokens.of(text));

        assertEquals(List.of("hoàn thành tốt", "tốt", "tốt"), matches.stream().map(PhraseMatch::entry).toList());
        assertEquals("Hoàn thành tốt", text.substring(matches.get(0).start(), matches.get(0).end()));
    }

    @Test
    void ignores_punctuation_between_syllables_and_never_matches_inside_a_syllable() {
        assertTrue(lexicon.occursIn(Tokens.of("Có lúc có việc chưa kịp thời")));
        assertFalse(PhraseLexicon.of(List.of("tốt")).occursIn(Tokens.of("tốtnghiệp")));
    }

    @Test
    void compares_in_canonical_form_whatever_the_tone_mark_placement() {
        // Old-style tone placement on purpose: the lexicon says "Hòa".
        assertTrue(lexicon.occursIn(Tokens.of("xã Hoà Bình")));
    }

    @Test
    void rejects_an_entry_without_a_syllable() {
        assertThrows(IllegalArgumentException.class, () -> PhraseLexicon.of(List.of(" - ")));
    }
}
