package vn.soi.indexer.records;

import java.nio.file.Path;
import java.util.List;

/** One table format (.csv, .xlsx, .xls) read row by row, streaming where the format allows. */
interface TableRows {

    /** Receives rows in file order; returns false to stop reading. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(int number, List<String> cells) throws RegisterException;
    }

    /** Reads the first table of the file, calling the handler with each non-empty row's 1-based number and cells. */
    void read(Path file, RowHandler handler) throws RegisterException;
}
