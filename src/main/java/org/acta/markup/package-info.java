/**
 * Markdown to safe HTML, and every change a page makes to it: {@link org.acta.markup.MarkupRenderer}
 * renders an editor's Markdown, removes whatever could run or restyle the site with a warning at the
 * editor's line, and names the headings for a table of contents and for search;
 * {@link org.acta.markup.Placement} says where a page shows the text, and the text is placed there
 * from its parsed tree (site links made relative, headings under the page title, images sized, ids
 * scoped among other texts), so text and code are never changed. A speech's body can also be
 * rendered with the sentences tasks quote marked and linked to them
 * ({@link org.acta.markup.MarkupRenderer#renderQuoted}), found on the same tree, never in code.
 */
package org.acta.markup;
