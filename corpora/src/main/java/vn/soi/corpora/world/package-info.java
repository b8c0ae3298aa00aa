/** The synthetic world: districts, cells of several kinds, members with posts, movers between cells, seeds. */
package vn.soi.corpora.world;
