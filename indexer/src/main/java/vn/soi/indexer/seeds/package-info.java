/** Access to the domain expert's files in {@code seeds/} (shipped in the jar, overridable by a folder). */
package vn.soi.indexer.seeds;
