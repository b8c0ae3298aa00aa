package vn.soi.web.security;

import io.javalin.security.RouteRole;

/** Route roles that are not account roles. A route that declares no role at all is refused to everybody. */
public enum Access implements RouteRole {
    /** Anybody, signed in or not (sign-in page, health check, API description). */
    PUBLIC
}
