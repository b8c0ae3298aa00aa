/**
 * The embedded transactional database (SQLite) that holds accounts, the audit log and review decisions, with its
 * versioned migrations (Flyway). Every write is durable when it returns: write-ahead log with full synchronisation.
 */
package vn.soi.web.store;
