/**
 * Upload of documents and registers (files or zip archives) and their ingest and analysis as a background job, one at
 * a time, with progress for the page and the API. Archives are unpacked with every entry checked by name (no
 * {@code ..}, no absolute path, no link, no nested archive) and within limits of entries and unpacked bytes. The
 * ingest itself is behind {@link vn.soi.web.upload.UploadProcessor}.
 */
package vn.soi.web.upload;
