package vn.soi.analyzer.records;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.soi.indexer.seeds.Seeds;

/**
 * Counts working days: Monday to Friday, less the public holidays of {@code seeds/signals/holidays.tsv} (one-off
 * dates {@code yyyy-MM-dd} and yearly ones {@code --MM-dd}).
 */
public final class WorkingDays {

    static final String FILE = "signals/holidays.tsv";

    private final Set<LocalDate> dates;
    private final Set<MonthDay> yearly;

    private WorkingDays(Set<LocalDate> dates, Set<MonthDay> yearly) {
        this.dates = Set.copyOf(dates);
        this.yearly = Set.copyOf(yearly);
    }

    /** The holidays shipped in (or overriding) {@code seeds/signals/holidays.tsv}. */
    public static WorkingDays load() {
        return parse(Seeds.lines(FILE));
    }

    /** Parses holiday lines ({@code date<TAB>name<TAB>source}); fails on a bad date, naming the line. */
    public static WorkingDays parse(List<String> lines) {
        Set<LocalDate> dates = new HashSet<>();
        Set<MonthDay> yearly = new HashSet<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String date = line.split("\t")[0].trim();
            try {
                if (date.startsWith("--")) {
                    yearly.add(MonthDay.parse(date));
                } else {
                    dates.add(LocalDate.parse(date));
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(FILE + " line " + number + ": not a date (yyyy-MM-dd or --MM-dd): "
                        + date, e);
            }
        }
        return new WorkingDays(dates, yearly);
    }

    /** True for a Monday to Friday that is not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !dates.contains(day)
                && !yearly.contains(MonthDay.from(day));
    }

    /**
     * The working days from {@code sent} (counted when it is a working day) up to the day before {@code meeting}:
     * the days the participants had the report. Zero or less when the report came on or after the meeting day.
     */
    public int before(LocalDate sent, LocalDate meeting) {
        if (!sent.isBefore(meeting)) {
            return 0;
        }
        int count = 0;
        for (LocalDate day = sent; day.isBefore(meeting); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
