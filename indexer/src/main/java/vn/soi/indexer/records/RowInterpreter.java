package vn.soi.indexer.records;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.normalize.AsciiFold;

/** Turns the data rows of one register into records, or into a warning naming the row and the bad column. */
final class RowInterpreter {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?:\\.0+)?(?!\\d)");
    private static final String COLLECTIVE_KIND = AsciiFold.fold("Tập thể");

    /** A row's one problem: the column (contract name), the value and what is wrong, in Vietnamese. */
    private static final class BadCell extends Exception {
        private final RegisterColumn column;
        private final String value;

        BadCell(RegisterColumn column, String value, String problem) {
            super(problem, null, false, false);
            this.column = column;
            this.value = value;
        }
    }

    /** A row read: exactly one of record and warning is set. */
    record Outcome(RegisterRecord record, RegisterWarning warning) {
    }

    private final Path file;
    private final HeaderMapping header;
    private final RegisterVocabulary vocabulary;

    RowInterpreter(Path file, HeaderMapping header, RegisterVocabulary vocabulary) {
        this.file = file;
        this.header = header;
        this.vocabulary = vocabulary;
    }

    Outcome interpret(int row, List<String> cells) {
        try {
            return new Outcome(header.type() == DocumentType.DISCIPLINE_REGISTER
                    ? discipline(row, cells) : rating(row, cells), null);
        } catch (BadCell bad) {
            return new Outcome(null, new RegisterWarning(file, row, header.header(bad.column), bad.value,
                    bad.getMessage()));
        }
    }

    private DisciplineRecord discipline(int row, List<String> cells) throws BadCell {
        Subject who = subject(cells);
        String formText = cell(cells, RegisterColumn.DISCIPLINE_FORM);
        DisciplineForm form = vocabulary.disciplineForm(formText).orElseThrow(() -> new BadCell(
                RegisterColumn.DISCIPLINE_FORM, formText, formText.isEmpty()
                        ? "thiếu hình thức kỷ luật" : "không nhận ra hình thức kỷ luật"));
        String dateText = cell(cells, RegisterColumn.DECISION_DATE);
        LocalDate decided = RegisterDates.parse(dateText).orElseThrow(() -> new BadCell(
                RegisterColumn.DECISION_DATE, dateText, dateText.isEmpty()
                        ? "thiếu ngày quyết định" : "ngày không hợp lệ (cần dd/mm/yyyy hoặc yyyy-mm-dd)"));
        return new DisciplineRecord(who.name, who.collective, who.unit, cell(cells, RegisterColumn.POSITION), form,
                decided, cell(cells, RegisterColumn.DECISION_NUMBER), cell(cells, RegisterColumn.VIOLATION), row,
                extra(cells));
    }

    private RatingRecord rating(int row, List<String> cells) throws BadCell {
        Subject who = subject(cells);
        String yearText = cell(cells, RegisterColumn.YEAR);
        Matcher m = YEAR.matcher(yearText);
        if (!m.find()) {
            throw new BadCell(RegisterColumn.YEAR, yearText, yearText.isEmpty() ? "thiếu năm" : "năm không hợp lệ");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1945 || year > 2100) {
            throw new BadCell(RegisterColumn.YEAR, yearText, "năm ngoài khoảng 1945–2100");
        }
        String levelText = cell(cells, RegisterColumn.RATING);
        Rating level = Rating.parse(levelText).orElseThrow(() -> new BadCell(RegisterColumn.RATING, levelText,
                levelText.isEmpty() ? "thiếu mức xếp loại" : "không nhận ra mức xếp loại"));
        return new RatingRecord(who.name, who.collective, who.unit, cell(cells, RegisterColumn.POSITION), year, level,
                row, extra(cells));
    }

    private record Subject(String name, boolean collective, String unit) {
    }

    /**
     * Who the row is about: a person when "Họ và tên" is filled (a collective if "Đối tượng" says Tập thể), otherwise
     * the organisation or collective column. A collective without a unit is its own unit; a person must have one,
     * since name and unit identify them.
     */
    private Subject subject(List<String> cells) throws BadCell {
        String person = cell(cells, RegisterColumn.PERSON);
        String group = cell(cells, RegisterColumn.ORGANISATION);
        if (group.isEmpty()) {
            group = cell(cells, RegisterColumn.COLLECTIVE);
        }
        String unit = cell(cells, RegisterColumn.UNIT);
        if (!person.isEmpty()) {
            boolean collective = AsciiFold.fold(cell(cells, RegisterColumn.SUBJECT_KIND)).equals(COLLECTIVE_KIND);
            if (unit.isEmpty() && !collective) {
                throw new BadCell(RegisterColumn.UNIT, "", "thiếu đơn vị của " + person);
            }
            return new Subject(person, collective, unit.isEmpty() ? person : unit);
        }
        if (!group.isEmpty()) {
            return new Subject(group, true, unit.isEmpty() ? group : unit);
        }
        RegisterColumn named = header.columns().keySet().stream().filter(RegisterColumn::namesSubject).findFirst()
                .orElse(RegisterColumn.PERSON);
        throw new BadCell(named, "", "thiếu họ tên hoặc tên tổ chức, tập thể");
    }

    private String cell(List<String> cells, RegisterColumn column) {
        return header.position(column).filter(i -> i < cells.size()).map(i -> cells.get(i).strip()).orElse("");
    }

    private Map<String, String> extra(List<String> cells) {
        Map<String, String> extra = new LinkedHashMap<>();
        header.extra().forEach((position, name) -> {
            if (position < cells.size() && !cells.get(position).isBlank()) {
                extra.putIfAbsent(name, cells.get(position).strip());
            }
        });
        return extra;
    }
}
