/**
 * Reading the content folder: walking it, normalising text (BOM, CRLF, NFC), splitting front
 * matter from body, and parsing YAML into {@link org.acta.source.YamlNode}s that keep the editor's
 * line numbers. The front door is {@link org.acta.source.ContentReader}.
 */
package org.acta.source;
