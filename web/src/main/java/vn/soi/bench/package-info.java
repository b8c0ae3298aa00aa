/**
 * {@code soi bench}: measures ingest against a plain Tika + Lucene baseline, the signal set at growing corpus sizes
 * with its fitted scaling exponent, search latency over a fixed query mix, and peak heap per step; prints a table and
 * writes JSON. Entry point: {@link vn.soi.bench.Benchmark#run}.
 */
package vn.soi.bench;
