package vn.soi.indexer.nlp.rules;

/** The topics of the TokensRegex rules, one file {@code seeds/rules/NAME.rules} each. */
public enum RuleTopic {
    /** {@code DATE|y|m|d}, {@code YEAR|y}. */
    DATES("dates"),
    /** {@code TIME|h|mm} (or {@code TIME|8h30|}). */
    TIMES("times"),
    /** {@code RATING|LEVEL} with LEVEL a {@code Rating} name. */
    RATINGS("ratings"),
    /** {@code NUMBER|digits}, {@code PERCENT|digits} in Vietnamese notation. */
    NUMBERS("numbers"),
    /** {@code POINTS|GENERAL|n}, {@code POINTS|RESULTS|n}, {@code POINTS|TOTAL|n}. */
    POINTS("points"),
    /** {@code VOTES|LEVEL|n}. */
    VOTES("votes"),
    /** {@code MEMBERS|TOTAL|n}, {@code MEMBERS|PRESENT|n}, {@code MEMBERS|ABSENT|n}. */
    MEMBERS("members"),
    /** {@code DECISION_NUMBER}, {@code DISCIPLINE|FORM} with FORM a {@code DisciplineForm} name. */
    DECISIONS("decisions"),
    /** {@code POSITION|PARTY or GOVERNMENT|HEAD, DEPUTY, LEADERSHIP or STAFF}. */
    POSITIONS("positions"),
    /** {@code UNIT|CELL}, {@code UNIT|PARTY_COMMITTEE}, {@code UNIT|COLLECTIVE}. */
    UNITS("units");

    /** Classpath folder of the rules (the repository's {@code seeds/rules}). */
    public static final String FOLDER = "seeds/rules/";
    /** Macros shared by every topic, loaded first. */
    public static final String DEFINITIONS = FOLDER + "defs.rules";

    private final String fileName;

    RuleTopic(String fileName) {
        this.fileName = fileName;
    }

    /** Classpath resource of this topic's rules. */
    public String rulesResource() {
        return FOLDER + fileName + ".rules";
    }

    /** Classpath resource of this topic's worked examples (input, tab, expected matches). */
    public String examplesResource() {
        return FOLDER + fileName + ".examples";
    }
}
