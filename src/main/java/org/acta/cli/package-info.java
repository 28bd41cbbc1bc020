/**
 * The command line: {@code acta build}, {@code acta check}. Exit status 0 on success, 1 when the
 * content has errors, 2 on a usage error. The front door is {@link org.acta.cli.Main}.
 */
package org.acta.cli;
