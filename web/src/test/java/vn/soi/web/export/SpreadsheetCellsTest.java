package vn.soi.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
    @Test
    void cells_that_would_start_a_formula_get_an_apostrophe() {
        assertEquals("'=SUM(A1)", SpreadsheetCells.neutralise("=SUM(A1)"));
        assertEquals("'+84 912", SpreadsheetCells.neutralise("+84 912"));
        assertEquals("'-1+2", SpreadsheetCells.neutralise("-1+2"));
        assertEquals("'@cmd", SpreadsheetCells.neutralise("@cmd"));
        assertEquals("'\t=1", SpreadsheetCells.neutralise("\t=1"));
        assertEquals("'\r=1", SpreadsheetCells.neutralise("\r=1"));
        assertEquals("Bình thường = 1", SpreadsheetCells.neutralise("Bình thường = 1"));
        assertEquals("", SpreadsheetCells.neutralise(null));
    }
}
