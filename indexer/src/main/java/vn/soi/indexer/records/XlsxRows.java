package vn.soi.indexer.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * .xlsx read by streaming the first sheet's XML (POI's event API), so a large sheet is never held in memory. Formula
 * cells give their cached value; nothing is evaluated.
 */
final class XlsxRows implements TableRows {

    @Override
    public void read(Path file, RowHandler handler) throws RegisterException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RegisterException(file, RegisterException.Reason.UNREADABLE, "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                // false: output each formula's cached result, never the formula.
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(handler), new SheetFormatter(),
                        false));
                parser.parse(new InputSource(sheet));
            } catch (StopSignal stop) {
                if (stop.refusal != null) {
                    throw stop.refusal;
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | NotOfficeXmlFileException e) {
            throw new RegisterException(file, RegisterException.Reason.UNREADABLE,
                    "not a readable .xlsx workbook (corrupt or encrypted): " + e.getMessage(), e);
        }
    }

    /** Collects one row's cells by column and hands the row over when it ends. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            boolean more;
            try {
                more = handler.row(rowNum + 1, List.copyOf(cells));
            } catch (RegisterException e) {
                throw new StopSignal(e);
            }
            if (!more) {
                throw new StopSignal(null);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
        }
    }

    /**
     * Leaves the SAX parse early: the sheet callbacks cannot throw checked exceptions, so this carries the handler's
     * refusal (or null for "enough rows read") out to {@link #read}, which rethrows the refusal.
     */
    private static final class StopSignal extends RuntimeException {
        private final transient RegisterException refusal;

        StopSignal(RegisterException refusal) {
            super(refusal == null ? "enough rows read" : refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
