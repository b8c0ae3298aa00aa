/**
 * The JSON API under {@code /api/}: health, the signed-in account, review decisions, and the hand-maintained OpenAPI
 * description ({@code /api/openapi.json}) that documents every API route.
 */
package vn.soi.web.api;
