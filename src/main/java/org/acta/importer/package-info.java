/**
 * {@code acta import}: reads a published news report of a conference, Vietnamese or English (a
 * file or a URL), recognises its event, speakers, figures and assignments, and writes them as
 * draft content for an editor to check. The front door is {@link org.acta.importer.Importer}:
 * {@code PageLoader} → {@code ArticleExtractor} → {@code ReportReader} (with each language's
 * {@code Grammar}) → {@code DraftWriter}, which writes only through {@code ContentFolder}.
 */
package org.acta.importer;
