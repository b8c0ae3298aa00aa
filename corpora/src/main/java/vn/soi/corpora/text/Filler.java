package vn.soi.corpora.text;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realises a template: {@code [a|b|c]} picks one alternative, {@code {slot}} is replaced by a fixed value of this
 * filler (unit, year, names...), a generated number or date, or an entry of a phrase bank (the unit kind's
 * {@code tasks}, {@code results}, {@code shortcomings}, or a common bank), recursively.
 */
public final class Filler {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};
    private static final int MAX_DEPTH = 4;

    private final PhraseBank bank;
    private final String kindFolder;
    private final int year;
    private final Map<String, String> fixed = new HashMap<>();

    /**
     * @param bank       the phrase bank
     * @param kindFolder the unit kind's vocabulary folder, e.g. {@code kinds/school}
     * @param year       the review year, for {@code {year}}, {@code {prevyear}}, {@code {nextyear}} and dates
     */
    public Filler(PhraseBank bank, String kindFolder, int year) {
        this.bank = bank;
        this.kindFolder = kindFolder;
        this.year = year;
        fixed.put("year", Integer.toString(year));
        fixed.put("prevyear", Integer.toString(year - 1));
        fixed.put("nextyear", Integer.toString(year + 1));
    }

    /** Sets a fixed slot value (e.g. {@code role}, {@code target}); returns this filler. */
    public Filler with(String slot, String value) {
        fixed.put(slot, value);
        return this;
    }

    /** Draws a template from {@code bankName} and realises it as a sentence (first letter upper-case). */
    public String sentence(String bankName, SplittableRandom rng) {
        return capitalise(fill(bank.pick(bankName, rng), rng));
    }

    /** Up to {@code n} sentences from distinct templates of {@code bankName} (fewer if the bank is smaller). */
    public java.util.List<String> distinct(String bankName, int n, SplittableRandom rng) {
        java.util.List<String> templates = new java.util.ArrayList<>(bank.lines(bankName));
        java.util.List<String> out = new java.util.ArrayList<>();
        while (out.size() < n && !templates.isEmpty()) {
            out.add(capitalise(fill(templates.remove(rng.nextInt(templates.size())), rng)));
        }
        return out;
    }

    /** Realises one template. */
    public String fill(String template, SplittableRandom rng) {
        return fill(template, rng, 0);
    }

    private String fill(String template, SplittableRandom rng, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("template nesting deeper than " + MAX_DEPTH + ": " + template);
        }
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                int end = template.indexOf(']', i);
                if (end < 0) {
                    throw new IllegalStateException("unclosed [ in template: " + template);
                }
                String[] alts = template.substring(i + 1, end).split("\\|", -1);
                out.append(fill(alts[rng.nextInt(alts.length)], rng, depth + 1));
                i = end + 1;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalStateException("unclosed { in template: " + template);
                }
                out.append(slot(template.substring(i + 1, end), rng, depth));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String slot(String name, SplittableRandom rng, int depth) {
        String value = fixed.get(name);
        if (value != null) {
            return value;
        }
        switch (name) {
            case "n":
                return Integer.toString(2 + rng.nextInt(23));
            case "k":
                return Integer.toString(2 + rng.nextInt(5));
            case "k12":
                return Integer.toString(10 + rng.nextInt(3));
            case "n2":
                return Integer.toString(20 + rng.nextInt(431));
            case "pct":
                return rng.nextInt(3) == 0 ? Integer.toString(85 + rng.nextInt(16))
                        : (85 + rng.nextInt(15)) + "," + (1 + rng.nextInt(9));
            case "month":
                return "tháng " + (1 + rng.nextInt(11));
            case "quarter":
                return QUARTERS[rng.nextInt(4)];
            case "date":
                return String.format("%02d/%02d/%d", 1 + rng.nextInt(28), 1 + rng.nextInt(11), year);
            default:
                String kindBank = kindFolder + "/" + plural(name);
                String bankName = bank.has(kindBank) ? kindBank : "phrases/common/" + plural(name);
                return fill(bank.pick(bankName, rng), rng, depth + 1);
        }
    }

    private static String plural(String slot) {
        switch (slot) {
            case "task":
                return "tasks";
            case "result":
                return "results";
            case "gap":
                return "shortcomings";
            case "plan":
                return "plans";
            case "violation":
                return "violations";
            default:
                return slot;
        }
    }

    /** Upper-cases the first letter. */
    public static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** True when a template can produce digits (numbers, dates, years or nested results). */
    public static boolean yieldsNumbers(String template) {
        return template.contains("{n") || template.contains("{k") || template.contains("{pct}") || template.contains("{date}")
                || template.contains("{month}") || template.contains("{result}") || template.contains("{gap}")
                || template.contains("{quarter}") || template.contains("year}") || template.contains("{plan}");
    }

    /**
     * True when a template can name a concrete output as the signal catalogue counts one: a figure or date
     * ({@link #yieldsNumbers}), a named task, or a named award.
     */
    public static boolean namesConcreteOutput(String template) {
        return yieldsNumbers(template) || template.contains("{task}") || template.contains("Giấy khen")
                || template.contains("Bằng khen") || template.contains("Chiến sĩ thi đua");
    }
}
