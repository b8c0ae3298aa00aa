/**
 * Accounts and roles: creating accounts (for {@code soi users add} and the admin page), checking passwords (hashed
 * with Argon2id), listing accounts.
 */
package vn.soi.web.account;
