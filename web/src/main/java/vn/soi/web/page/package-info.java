/**
 * Server-rendered pages: the JTE templates (precompiled at build time, HTML auto-escaped), the shared layout and its
 * navigation per role, and the error pages.
 */
package vn.soi.web.page;
