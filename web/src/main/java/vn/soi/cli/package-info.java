/** The {@code soi} command line: one class per sub-command, calling the same services as the web application. */
package vn.soi.cli;
