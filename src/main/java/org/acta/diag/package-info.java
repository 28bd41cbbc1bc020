/**
 * Problems as values: a {@link org.acta.diag.Diagnostic} names a file, a line and what is wrong;
 * a {@link org.acta.diag.Report} collects every one of a build so they are shown together.
 */
package org.acta.diag;
