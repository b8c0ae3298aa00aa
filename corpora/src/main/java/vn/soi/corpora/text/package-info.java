/** Phrase banks (data files under {@code /vn/soi/corpora/}), template filling, and the block model of a document. */
package vn.soi.corpora.text;
