/**
 * The command line: {@code acta build}, {@code check}, {@code import} and the others in {@link org.acta.cli.Main}. Exit status 0 on success, 1 when the
 * content has errors, 2 on a usage error. The front door is {@link org.acta.cli.Main}.
 */
package org.acta.cli;
