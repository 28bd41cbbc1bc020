/**
 * The content as immutable records: events, speeches, tasks, people, organisations, documents,
 * pages and the site's settings, with {@link org.acta.model.PartialDate} for dates as written.
 * Imports no library.
 */
package org.acta.model;
