/**
 * Reliability tests that need more than one process: crash trials that kill a child JVM running ingest, findings
 * replacement or review writes with SIGKILL, then reopen the data and check it. The {@code *Main} classes are the
 * children's entry points and exist for these tests only.
 */
package vn.soi.reliability;
