/**
 * The document page (the normalised text outlined in its parts, fields, classification, provenance, opinions,
 * register rows, findings with their evidence marked), the original file download and the document API.
 */
package vn.soi.web.document;
