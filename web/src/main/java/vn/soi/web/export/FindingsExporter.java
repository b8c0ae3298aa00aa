package vn.soi.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link FindingsTable} as CSV or XLSX, every text cell neutralised by {@link SpreadsheetCells}. */
public final class FindingsExporter {
    /** The UTF-8 byte order mark, so that spreadsheet programs read the CSV as UTF-8. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int COLUMN_WIDTH_CHARS = 28;

    private FindingsExporter() {
    }

    /**
     * @param table the table
     * @return the CSV bytes: a byte order mark, then UTF-8, comma-separated, CRLF line ends (RFC 4180, as Excel reads)
     * @throws IOException never in practice (written to memory)
     */
    public static byte[] csv(FindingsTable table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(table.header().stream().map(SpreadsheetCells::neutralise).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream()
                        .map(cell -> cell instanceof Number n ? n.toString() : SpreadsheetCells.neutralise((String) cell))
                        .toList());
            }
        }
        return bytes.toByteArray();
    }

    /**
     * @param table the table
     * @param out where the XLSX goes (not closed)
     * @throws IOException when writing fails
     */
    public static void xlsx(FindingsTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Hồ sơ cần xem xét");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(SpreadsheetCells.neutralise(table.header().get(c)));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, COLUMN_WIDTH_CHARS * 256);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(SpreadsheetCells.neutralise((String) value));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!table.rows().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, table.header().size() - 1));
            }
            workbook.write(out);
        }
    }
}
