/**
 * Reading the content folder: walking it (hidden files named, links and devices never followed),
 * normalising text (BOM, CRLF, NFC), splitting front matter from body, parsing YAML into
 * {@link org.acta.source.YamlNode}s that keep the editor's line numbers, and reading assets so
 * that none can carry script (SVG and XML cleaned, HTML pages and scripts refused). A slip in the
 * YAML is named at its line in the site's language, never in the parser's words; a file that
 * cannot be read is listed, so that what only follows from it is not reported too. The front
 * door is {@link org.acta.source.ContentReader}.
 */
package org.acta.source;
