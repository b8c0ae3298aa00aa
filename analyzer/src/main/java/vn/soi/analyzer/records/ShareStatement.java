package vn.soi.analyzer.records;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share stated beside its own counts, as Vietnamese reports write it: "3/71 (chiếm 4,2%)", "14/5.220 đảng viên
 * (0,26%)", "5 trên 120, chiếm 8%". Counts use '.' for thousands; the share uses ',' (or '.' followed by one or two
 * digits) for decimals. The statement holds when the stated share equals the counts' share rounded or truncated to
 * the stated number of decimals.
 *
 * @param start offset of the statement in the text
 * @param end   offset just past the '%'
 */
public record ShareStatement(String quote, long part, long whole, BigDecimal stated, int decimals, int start, int end) {

    private static final String COUNT = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)";
    private static final String STATEMENT = "(?<![\\d/.,])" + COUNT
            + "\\s*(?:/|\\btrên\\b)\\s*" + COUNT + "(?![/\\d]|[.,]\\d)([^\\d%\\n]{0,MAXGAP}?)"
            + "(\\d+(?:[.,]\\d+)?)\\s*%";
    private static final Pattern UNRELATED = Pattern.compile(
            "tăng|giảm|so với|vượt|hơn|kế hoạch|năm|tháng|ngày", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DATE_BEFORE = Pattern.compile("ngày|tháng|năm",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The counts' share in percent. */
    public double actual() {
        return part * 100.0 / whole;
    }

    /** True when the stated share is the counts' share rounded or truncated to its stated decimals. */
    public boolean holds() {
        double actual = actual();
        double stated = this.stated.doubleValue();
        double unit = Math.pow(10, -decimals);
        boolean rounded = Math.abs(actual - stated) <= unit / 2 + 1e-9;
        boolean truncated = stated <= actual + 1e-9 && actual < stated + unit - 1e-9;
        return rounded || truncated;
    }

    /** Every share statement in {@code text}, with at most {@code maxGap} characters between counts and share. */
    public static List<ShareStatement> find(String text, int maxGap) {
        Pattern pattern = Pattern.compile(STATEMENT.replace("MAXGAP", String.valueOf(maxGap)));
        List<ShareStatement> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 8), m.start());
            if (UNRELATED.matcher(m.group(3)).find() || DATE_BEFORE.matcher(before).find()) {
                continue;
            }
            long whole = count(m.group(2));
            if (whole == 0) {
                continue;
            }
            String share = m.group(4);
            int separator = Math.max(share.indexOf(','), share.indexOf('.'));
            if (separator >= 0 && share.charAt(separator) == '.' && share.length() - separator - 1 == 3) {
                continue;
            }
            int decimals = separator < 0 ? 0 : share.length() - separator - 1;
            BigDecimal stated = new BigDecimal(share.replace(',', '.'));
            int end = m.end();
            int closing = end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
            found.add(new ShareStatement(text.substring(m.start(), closing), count(m.group(1)), whole, stated,
                    decimals, m.start(), closing));
        }
        return found;
    }

    private static long count(String digits) {
        return Long.parseLong(digits.replace(".", ""));
    }
}
