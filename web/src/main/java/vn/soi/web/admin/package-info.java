/** Administration pages: accounts (list and create) and the audit log. */
package vn.soi.web.admin;
