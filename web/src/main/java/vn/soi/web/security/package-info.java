/**
 * What keeps the application closed: sessions, the per-route role check, CSRF tokens, security headers and sign-in
 * throttling.
 */
package vn.soi.web.security;
