package vn.soi.indexer.records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Legacy .xls read with POI's HSSF user model. The workbook is held in memory, which the format bounds (65,536 rows per
 * sheet) and the byte limit checked before opening caps. Formula cells give their cached value; nothing is evaluated.
 */
final class XlsRows implements TableRows {

    @Override
    public void read(Path file, RowHandler handler) throws RegisterException {
        SheetFormatter formatter = new SheetFormatter();
        try (POIFSFileSystem fs = parse(file, () -> new POIFSFileSystem(file.toFile(), true));
             HSSFWorkbook workbook = parse(file, () -> new HSSFWorkbook(fs.getRoot(), true))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new RegisterException(file, RegisterException.Reason.UNREADABLE, "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : text(cell, formatter).strip());
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!handler.row(row.getRowNum() + 1, cells)) {
                    return;
                }
            }
        } catch (IOException | EncryptedDocumentException | IllegalArgumentException e) {
            // HSSF reports some corrupt records as IllegalArgumentException.
            throw new RegisterException(file, RegisterException.Reason.UNREADABLE,
                    "not a readable .xls workbook (corrupt or encrypted): " + e.getMessage(), e);
        }
    }

    /** Opens one layer of the file: the OLE2 container, or the workbook whose records HSSF parses all at once. */
    @FunctionalInterface
    private interface Opening<T> {
        T open() throws IOException;
    }

    /**
     * Runs an opening, refusing the file when the bytes are corrupt: HSSF reports a damaged record as whatever
     * unchecked exception the bad bytes lead it to (IndexOutOfBoundsException, RecordFormatException,
     * IllegalArgumentException...), so every one of them here means an unreadable workbook.
     */
    private static <T> T parse(Path file, Opening<T> opening) throws IOException, RegisterException {
        try {
            return opening.open();
        } catch (RuntimeException e) {
            throw new RegisterException(file, RegisterException.Reason.UNREADABLE,
                    "not a readable .xls workbook (corrupt or encrypted): "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static String text(Cell cell, SheetFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
