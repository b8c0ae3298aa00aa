/**
 * Pseudonyms for researchers: every personal name is replaced by a stable pseudonym computed with HMAC-SHA256 under a
 * key that never leaves the server's data folder.
 */
package vn.soi.web.pseudonym;
