/**
 * Exports of the findings and their cases (the dashboard's selection with each case's latest decision) as CSV (UTF-8
 * with a byte order mark, so spreadsheet programs read Vietnamese correctly) and XLSX. Cells that a spreadsheet would
 * read as a formula are neutralised; researchers get pseudonyms and no reviewer names or notes.
 */
package vn.soi.web.export;
