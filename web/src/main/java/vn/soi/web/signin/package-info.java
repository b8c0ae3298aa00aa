/** Signing in and out: the sign-in page, password check with throttling, session rotation, audit. */
package vn.soi.web.signin;
