/**
 * Markdown to safe HTML: {@link org.acta.markup.MarkupRenderer} renders an editor's Markdown,
 * removes whatever could run or restyle the site with a warning at the editor's line, and names
 * the headings for a table of contents and for search.
 */
package org.acta.markup;
