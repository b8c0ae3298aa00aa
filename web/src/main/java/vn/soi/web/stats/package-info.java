/**
 * Corpus statistics: the rating distribution by unit and year against the quota for "Hoàn thành xuất sắc nhiệm vụ"
 * (from rating registers and from the self-ratings of individual reports), findings by signal, unit and year, and the
 * distributions of the boilerplate and stickiness measures. The numbers name units, never persons, so every role sees
 * the same statistics.
 */
package vn.soi.web.stats;
