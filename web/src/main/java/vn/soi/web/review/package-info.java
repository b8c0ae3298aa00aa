/**
 * Review decisions on findings (open, confirmed, dismissed, follow-up), keyed by the finding's stable key so that they
 * follow a finding across re-analysis. The whole history is kept; the latest decision is the current status.
 */
package vn.soi.web.review;
