package vn.soi.analyzer.content;

import vn.soi.analyzer.signal.SignalSettings;
import vn.soi.analyzer.text.PhraseLexicon;

/**
 * The lexicons of the content signals, read once per run from {@code seeds/signals/lexicons/}. Each file cites its
 * sources at the top; what each list is for is said here.
 *
 * @param templatePhrases the template's headings and stock phrases, blanked before anything is counted
 * @param positive        praise and achievement phrases ("hoàn thành tốt", "gương mẫu")
 * @param negative        criticism and shortcoming phrases ("hạn chế", "vi phạm")
 * @param negationFlip    cues that flip the phrase after them ("chưa", "không")
 * @param negationMark    cues that make a praise phrase after them critical ("còn")
 * @param hedges          generic, hedged formulas of self-criticism ("đôi lúc", "chưa thật sự")
 * @param concreteTerms   named tasks and products ("hồ sơ", "đề án", "hợp đồng")
 * @param genericNames    capitalised words that name no particular unit or person ("Đảng", "Chi bộ")
 * @param dateWords       syllables that make the number after them a date ("ngày", "tháng")
 * @param referenceWords  syllables that make the number after them a reference ("Điều", "Trung ương")
 * @param spelledNumbers  numbers written in words ("hai", "mười")
 * @param causeCues       cues of a causal statement ("nguyên nhân", "do")
 * @param causeOpeners    words that open a causal statement before its subject ("nguyên nhân chủ quan là do")
 * @param ownedOpeners    words that open a cause with no subject of its own, so the writer's ("chưa", "ngại")
 * @param externalCauses  objective or outside causes ("nguyên nhân khách quan", "do cấp trên")
 * @param deflectToCollective causes put on the collective, a deflection only in an individual's report
 * @param internalCauses  owned, subjective causes ("do bản thân", "chưa chủ động")
 * @param internalCausesCollective owned causes in a collective's own voice ("cấp ủy chưa")
 * @param selfSubjects    the writer as subject ("tôi", "bản thân")
 * @param collectiveSubjects the collective as subject ("chi bộ", "tập thể")
 * @param responsibilityOwned statements that take responsibility ("chịu trách nhiệm", "nhận trách nhiệm")
 * @param responsibilityDeflect statements that put responsibility elsewhere ("trách nhiệm thuộc về tập thể")
 * @param responsibilityDeflectIndividual deflections only in an individual's report ("tập thể chịu trách nhiệm")
 * @param responsibilityLinks what ties a responsibility statement to shortcomings ("hạn chế", "trước chi bộ")
 * @param leaderPositions positions of heads and leadership members ("bí thư", "giám đốc")
 * @param remediationClaims claims that shortcomings were fixed ("đã khắc phục")
 * @param remediationHow  what says how they were fixed ("bằng cách", "đã xây dựng")
 * @param emptyAnswers    answers that say nothing ("không", "không có")
 * @param nothingPointedOut statements that no shortcoming was pointed out at the earlier review
 * @param degenerationMentions the 27 expressions and "tự diễn biến", "tự chuyển hóa"
 */
record ContentVocabulary(PhraseLexicon templatePhrases, PhraseLexicon positive, PhraseLexicon negative,
                         PhraseLexicon negationFlip, PhraseLexicon negationMark, PhraseLexicon hedges,
                         PhraseLexicon concreteTerms, PhraseLexicon genericNames, PhraseLexicon dateWords,
                         PhraseLexicon referenceWords, PhraseLexicon spelledNumbers, PhraseLexicon causeCues,
                         PhraseLexicon causeOpeners, PhraseLexicon ownedOpeners,
                         PhraseLexicon externalCauses, PhraseLexicon deflectToCollective,
                         PhraseLexicon internalCauses, PhraseLexicon internalCausesCollective,
                         PhraseLexicon selfSubjects, PhraseLexicon collectiveSubjects,
                         PhraseLexicon responsibilityOwned, PhraseLexicon responsibilityDeflect,
                         PhraseLexicon responsibilityDeflectIndividual, PhraseLexicon responsibilityLinks,
                         PhraseLexicon leaderPositions, PhraseLexicon remediationClaims,
                         PhraseLexicon remediationHow, PhraseLexicon emptyAnswers, PhraseLexicon nothingPointedOut,
                         PhraseLexicon degenerationMentions) {

    /** The lexicons named in {@code settings}. */
    static ContentVocabulary from(SignalSettings settings) {
        return new ContentVocabulary(
                load(settings, "template-phrases"), load(settings, "positive"), load(settings, "negative"),
                load(settings, "negation-flip"), load(settings, "negation-mark"), load(settings, "hedges"),
                load(settings, "concrete-terms"), load(settings, "generic-names"), load(settings, "date-words"),
                load(settings, "reference-words"), load(settings, "spelled-numbers"), load(settings, "cause-cues"),
                load(settings, "cause-openers"), load(settings, "owned-openers"),
                load(settings, "external-causes"), load(settings, "deflect-to-collective"),
                load(settings, "internal-causes"), load(settings, "internal-causes-collective"),
                load(settings, "self-subjects"), load(settings, "collective-subjects"),
                load(settings, "responsibility-owned"), load(settings, "responsibility-deflect"),
                load(settings, "responsibility-deflect-individual"), load(settings, "responsibility-links"),
                load(settings, "leader-positions"), load(settings, "remediation-claims"),
                load(settings, "remediation-how"), load(settings, "empty-answers"),
                load(settings, "nothing-pointed-out"), load(settings, "degeneration-mentions"));
    }

    private static PhraseLexicon load(SignalSettings settings, String name) {
        return PhraseLexicon.of(settings.lexicon("lexicons/" + name + ".txt"));
    }
}
