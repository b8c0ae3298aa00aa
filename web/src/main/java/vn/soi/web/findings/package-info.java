/**
 * The findings dashboard and the JSON API over findings: the stored findings of the last analysis joined with their
 * review status, filtered, counted per signal and paginated; researchers see them with every personal name replaced
 * by its pseudonym and every document path by the document's id.
 */
package vn.soi.web.findings;
