package org.acta.output;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.acta.pages.OutputKind;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the absolute URL of every page of the site, in path
 * order, as a crawler should request it ({@code …/events/x/}, not {@code …/events/x/index.html}):
 * the pages of every kind {@link org.acta.pages.PageKind#inSitemap()} says to list, so not the page
 * for a missing address ({@code 404.html}). No {@code lastmod}: a build reads no clock.
 */
final class Sitemap {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SiteUrls urls;

    Sitemap(SiteUrls urls) {
        this.urls = urls;
    }

    /** @param pages the addresses of the pages to list, below the site root ("events/x/") */
    byte[] write(List<String> pages) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (String page : pages.stream().sorted().toList()) {
                xml.writeCharacters("\n");
                xml.writeStartElement("url");
                TaskUpdatesAtom.text(xml, "loc", urls.of(page));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap: " + e.getMessage(), e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code /robots.txt}: every crawler may read everything, and is pointed at the sitemap. */
    static byte[] robots(SiteUrls urls) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + urls.output(OutputKind.SITEMAP) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
