/**
 * The reader's search: an index built from the rendered pages, folded for Vietnamese typed with or
 * without diacritics, split into shards that the browser loads as script files, only those a query
 * needs. Its kinds of page are those {@link org.acta.pages.PageKind} marks as searched.
 * {@link org.acta.search.SearchIndex} is the front door; the runtime is {@code static/search.js}.
 */
package org.acta.search;
