/** The home page of a signed-in user: what Soi does and the sections the user may open. */
package vn.soi.web.home;
