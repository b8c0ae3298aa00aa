package vn.soi.indexer.records;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.soi.indexer.document.DocumentType;

/**
 * How a register's header row was understood.
 *
 * @param type {@link DocumentType#DISCIPLINE_REGISTER} or {@link DocumentType#RATING_REGISTER}
 * @param row the header's row number in the file (1 unless title rows precede it)
 * @param headers every header cell as written, by position
 * @param columns the position of each recognised contract column (the first, when a column is repeated)
 * @param extra the positions and headers of the columns the contract does not name
 */
public record HeaderMapping(DocumentType type, int row, List<String> headers, Map<RegisterColumn, Integer> columns,
                            Map<Integer, String> extra) {

    public HeaderMapping {
        Objects.requireNonNull(type, "type");
        if (!type.isRegister()) {
            throw new IllegalArgumentException("a header mapping is for registers, not " + type);
        }
        headers = List.copyOf(headers);
        columns = Map.copyOf(columns);
        extra = Map.copyOf(extra);
    }

    /**
     * Understands a row as a register header, or returns empty when it is not one. A discipline register needs a
     * subject column, a form and a decision date; rating results a subject column, a year and a level.
     */
    public static Optional<HeaderMapping> detect(int row, List<String> cells, RegisterVocabulary vocabulary) {
        Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
        Map<Integer, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String header = cells.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            Optional<RegisterColumn> column = vocabulary.column(header);
            if (column.isPresent() && !columns.containsKey(column.get())) {
                columns.put(column.get(), i);
            } else {
                extra.put(i, header);
            }
        }
        boolean subject = columns.keySet().stream().anyMatch(RegisterColumn::namesSubject);
        if (!subject) {
            return Optional.empty();
        }
        DocumentType type;
        if (columns.containsKey(RegisterColumn.DISCIPLINE_FORM) && columns.containsKey(RegisterColumn.DECISION_DATE)) {
            type = DocumentType.DISCIPLINE_REGISTER;
        } else if (columns.containsKey(RegisterColumn.RATING) && columns.containsKey(RegisterColumn.YEAR)) {
            type = DocumentType.RATING_REGISTER;
        } else {
            return Optional.empty();
        }
        return Optional.of(new HeaderMapping(type, row, cells.stream().map(String::strip).toList(), columns, extra));
    }

    /** The position of a contract column, if the file has it. */
    public Optional<Integer> position(RegisterColumn column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** The header of a column as written in the file, or the contract's name when the file lacks the column. */
    public String header(RegisterColumn column) {
        Integer position = columns.get(column);
        return position == null ? column.label() : headers.get(position);
    }
}
