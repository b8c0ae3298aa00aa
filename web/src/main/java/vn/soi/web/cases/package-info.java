/**
 * The case page of one finding: its explanation, rule and measures, its evidence side by side (the two copied reports
 * with the shared passages marked, or the report's quote beside the register row), the review form and the whole
 * review history.
 */
package vn.soi.web.cases;
