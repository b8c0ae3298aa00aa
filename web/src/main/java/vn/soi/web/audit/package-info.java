/** The audit log: who did what to which target and when (sign-ins, failed sign-ins, views, exports, decisions). */
package vn.soi.web.audit;
