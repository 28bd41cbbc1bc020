/**
 * {@code acta import}: reads a published news report of a conference (a file or a URL), recognises
 * its event, speakers, figures and assignments, and writes them as draft content for an editor to
 * check. The front door is {@link org.acta.importer.Importer}.
 */
package org.acta.importer;
