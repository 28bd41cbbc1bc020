package org.acta.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An SVG image (or another XML file) under assets/ made unable to run script or to fetch
 * anything from elsewhere, the way a browser would read it: read by a strict XML parser that
 * loads nothing from outside the file, and written again without what is removed. Removed:
 * scripts and event handlers, {@code foreignObject} and any HTML element, animations that change
 * a link, processing instructions (style sheets), references to anything but the image's own
 * parts ({@code #id}) or embedded pictures and fonts, styles that load from elsewhere or cannot be
 * checked. A file with nothing to remove is published as it is.
 */
final class XmlCleaner {
    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    /** One thing removed, at the line of the file where it was. */
    record Removal(int line, String message) {
    }

    /** What cleaning a file gave. */
    sealed interface Result {
        /** The bytes to publish, when they are not the file's own; and what was removed. */
        record Clean(Optional<byte[]> rewritten, List<Removal> removals) implements Result {
            public Clean {
                removals = List.copyOf(removals);
            }
        }

        /** The file cannot be cleaned, so it cannot be published: why, at which line. */
        record Refused(int line, String message) implements Result {
        }
    }

    /** What the file must be: an SVG image, or any XML that is not an HTML page. */
    enum Kind { SVG_IMAGE, XML }

    private XmlCleaner() {
    }

    /**
     * Reads the file through {@code open} (twice when something is removed: once to find it, once
     * to write the rest, so that a clean file is never held in memory).
     */
    static Result clean(Supplier<InputStream> open, Kind kind) throws IOException {
        XmlCleaning found = new XmlCleaning(Optional.empty(), kind);
        Optional<Result.Refused> refused = run(open, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (found.removals().isEmpty() && !found.rewrites()) {
            return new Result.Clean(Optional.empty(), List.of());
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        XmlCleaning writing = new XmlCleaning(Optional.of(bytes), kind);
        run(open, writing);
        return new Result.Clean(Optional.of(bytes.toByteArray()), found.removals());
    }

    private static Optional<Result.Refused> run(Supplier<InputStream> open, XmlCleaning cleaning) throws IOException {
        try (InputStream in = open.get()) {
            SAXParser parser = parser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", cleaning);
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", cleaning);
            parser.parse(new InputSource(in), cleaning);
            cleaning.finish();
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of(new Result.Refused(Math.max(1, e.getLineNumber()), cleaning.refusal().orElse(
                    "not a well-formed " + (cleaning.kind() == Kind.SVG_IMAGE ? "SVG image" : "XML file") + " ("
                            + e.getMessage() + "); save it again from the program that made it")));
        } catch (SAXException | ParserConfigurationException | XMLStreamException e) {
            return Optional.of(new Result.Refused(1, "cannot be read as XML (" + e.getMessage() + ")"));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }
}
