/**
 * Reading the content folder: walking it, normalising text (BOM, CRLF, NFC), splitting front
 * matter from body, and parsing YAML into {@link org.acta.source.YamlNode}s that keep the editor's
 * line numbers. A slip in the YAML is named at its line in the site's language, never in the
 * parser's words; a file that cannot be read is listed, so that what only follows from it is not
 * reported too. The front door is {@link org.acta.source.ContentReader}.
 */
package org.acta.source;
