/** The labels of a generated corpus and the writer of {@code labels.json} (schema in {@code labels.md}). */
package vn.soi.corpora.labels;
