/**
 * Progress updates from a spreadsheet ({@code acta update FILE.csv}): the sheet read as
 * spreadsheets save it, each row checked against the content as a build checks it, and appended
 * to its task file's {@code updates:} without changing any line already there; all files or none.
 * The front door is {@link org.acta.update.BulkUpdate}.
 */
package org.acta.update;
