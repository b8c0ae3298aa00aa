/**
 * The Soi web application: {@link vn.soi.web.SoiWebApp} builds an unstarted Javalin server from the services in
 * {@link vn.soi.web.WebServices}; {@link vn.soi.web.WebConfig} says where the data folder is and where to listen.
 */
package vn.soi.web;
