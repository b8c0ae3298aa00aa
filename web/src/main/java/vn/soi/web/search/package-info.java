/**
 * The search page, saved searches and the search API; and how personal names are hidden from researchers
 * ({@link vn.soi.web.search.NameMask}, built from the names the index knows).
 */
package vn.soi.web.search;
