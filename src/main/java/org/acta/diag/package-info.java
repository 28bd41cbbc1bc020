/**
 * Problems as values: a {@link org.acta.diag.Diagnostic} names a file, a line and what is wrong;
 * a {@link org.acta.diag.Report} collects every one of a build so they are shown together. The
 * messages written in each language a site can have are {@link org.acta.diag.Messages}' (they are
 * Acta's own, packed with it, not the theme's), and every "did you mean" comes from
 * {@link org.acta.diag.Suggestions}.
 */
package org.acta.diag;
