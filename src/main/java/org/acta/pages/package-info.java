/**
 * The map of the site: every kind of page it has and every file it publishes beside them, as data
 * ({@link org.acta.pages.PageKind}, {@link org.acta.pages.OutputKind}), and their addresses, made in one
 * place ({@link org.acta.pages.Addresses}, the front door), with the addresses pages had before their
 * items were renamed ({@link org.acta.pages.Move}). The renderer, the page heads, search, the
 * sitemap, feeds and exports, the link checker and the preview all ask here; nothing else spells an
 * address.
 */
package org.acta.pages;
