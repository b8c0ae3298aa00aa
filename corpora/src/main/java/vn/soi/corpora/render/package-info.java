/** Writing documents as text, Word, PDF, scanned PDF, legacy-font Word, and registers as CSV or XLSX. */
package vn.soi.corpora.render;
