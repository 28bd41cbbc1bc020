/**
 * The content as immutable records: events, speeches, tasks, people, organisations, documents,
 * pages and the site's settings, with {@link org.acta.model.PartialDate} for dates as written;
 * {@link org.acta.model.Drafts} says which are drafts, and which the site leaves out. Every item's
 * {@code formerIds} are the ids it had before it was renamed ({@code former_ids}), whose addresses
 * send readers on to its page. Imports no library.
 */
package org.acta.model;
