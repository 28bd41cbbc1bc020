package org.acta.source;

import java.io.OutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * One pass of {@link XmlCleaner} over a file, as the parser reads it: what is kept goes to the
 * writer, what is removed (by {@link XmlRules}) is noted at its line. Nothing is ever fetched: every
 * entity outside the file resolves to nothing.
 */
final class XmlCleaning extends DefaultHandler2 {
    /** Where what is kept is written; empty for the pass that only finds what to remove. */
    private final Optional<XMLStreamWriter> out;
    private final XmlCleaner.Kind kind;
    private final List<XmlCleaner.Removal> removals = new ArrayList<>();
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private Locator locator;
    private int entities;
    private int entityLine;
    private int fileLine = 1;
    /** How many elements deep inside a removed element the parser is; 0 outside. */
    private int skipping;
    private boolean rootSeen;
    /** Entities declared or skipped: what the file says differs from what it shows, so it is written again. */
    private boolean rewrite;
    private Optional<String> refusal = Optional.empty();
    private Optional<StyleElement> style = Optional.empty();

    /** A {@code <style>} held back until its text can be checked. */
    private record StyleElement(String uri, String local, String qName, Attributes attributes,
                                List<String[]> prefixes, StringBuilder text, int line) {
    }

    XmlCleaning(Optional<OutputStream> sink, XmlCleaner.Kind kind) {
        try {
            this.out = sink.isEmpty() ? Optional.empty()
                    : Optional.of(XMLOutputFactory.newFactory().createXMLStreamWriter(sink.get(), "UTF-8"));
            if (out.isPresent()) {
                out.get().writeStartDocument("UTF-8", "1.0");
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer cannot write UTF-8", e);
        }
        this.kind = kind;
    }

    XmlCleaner.Kind kind() {
        return kind;
    }

    List<XmlCleaner.Removal> removals() {
        return removals;
    }

    /** Whether the file must be written again even with nothing removed: it declares or skips entities. */
    boolean rewrites() {
        return rewrite;
    }

    /** Why the file cannot be cleaned at all, once the parser has said so. */
    Optional<String> refusal() {
        return refusal;
    }

    void finish() throws XMLStreamException {
        if (out.isPresent()) {
            out.get().writeEndDocument();
            out.get().flush();
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    private int line() {
        if (entityLine > 0) {
            return entityLine;
        }
        return locator == null ? 1 : Math.max(1, locator.getLineNumber());
    }

    /** Notes the line the parser is at in the file itself, outside any entity. */
    private void track() {
        if (entities == 0 && locator != null) {
            fileLine = Math.max(1, locator.getLineNumber());
        }
    }

    /** Inside an entity the parser counts the entity's own lines: the editor's line is where it is used. */
    @Override
    public void startEntity(String name) {
        if (entities++ == 0 && !name.startsWith("[")) {
            entityLine = fileLine;
        }
    }

    @Override
    public void endEntity(String name) {
        if (--entities == 0) {
            entityLine = 0;
        }
    }

    private void removed(String message) {
        removals.add(new XmlCleaner.Removal(line(), message));
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
        return new InputSource(new StringReader("")); // nothing is ever fetched
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
        return new InputSource(new StringReader(""));
    }

    @Override
    public void internalEntityDecl(String name, String value) {
        rewrite = true;
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
        rewrite = true;
    }

    @Override
    public void attributeDecl(String element, String attribute, String type, String mode, String value) {
        rewrite = true; // a default value the parser adds to elements: what it shows is written out
    }

    @Override
    public void skippedEntity(String name) {
        rewrite = true;
    }

    @Override
    public void processingInstruction(String target, String data) {
        if (skipping == 0) {
            removed("removed <?" + target + "?>: " + (target.equals("xml-stylesheet")
                    ? "an image may not load a style sheet" : "instructions to the program that reads the file "
                    + "are not published"));
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        pendingPrefixes.add(new String[] {prefix, uri});
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
        track();
        List<String[]> prefixes = List.copyOf(pendingPrefixes);
        pendingPrefixes.clear();
        if (!rootSeen) {
            rootSeen = true;
            checkRoot(uri, local, qName);
        }
        if (skipping > 0 || style.isPresent()) {
            skipping++;
            style.ifPresent(s -> removeStyle(s, "it holds elements"));
            return;
        }
        Optional<String> why = XmlRules.elementProblem(uri, local, attributes);
        if (why.isPresent()) {
            removed("removed <" + qName + ">: " + why.get());
            skipping = 1;
            return;
        }
        Attributes kept = keptAttributes(uri, local, attributes);
        if (uri.equals(XmlCleaner.SVG) && local.equals("style")) {
            style = Optional.of(new StyleElement(uri, local, qName, kept, prefixes, new StringBuilder(), line()));
            return;
        }
        write(uri, local, qName, kept, prefixes);
    }

    private void checkRoot(String uri, String local, String qName) throws SAXException {
        if (kind == XmlCleaner.Kind.SVG_IMAGE && !(uri.equals(XmlCleaner.SVG) && local.equals("svg"))) {
            refusal = Optional.of("not an SVG image: its first element is <" + qName + ">, not <svg xmlns=\""
                    + XmlCleaner.SVG + "\">; save it again as SVG");
        } else if (uri.equals(XmlCleaner.XHTML)) {
            refusal = Optional.of("an HTML page (its first element is <" + qName + ">) would run its scripts on "
                    + "the site's address; publish it as a page instead, under pages/");
        }
        if (refusal.isPresent()) {
            throw new SAXParseException(refusal.get(), locator);
        }
    }

    private Attributes keptAttributes(String uri, String local, Attributes attributes) {
        org.xml.sax.helpers.AttributesImpl kept = new org.xml.sax.helpers.AttributesImpl();
        for (int i = 0; i < attributes.getLength(); i++) {
            Optional<String> why = XmlRules.attributeProblem(uri, local, attributes.getURI(i),
                    attributes.getLocalName(i), attributes.getValue(i));
            if (why.isPresent()) {
                removed("removed " + attributes.getQName(i) + "=\"" + XmlRules.shorten(attributes.getValue(i))
                        + "\": " + why.get());
            } else {
                kept.addAttribute(attributes.getURI(i), attributes.getLocalName(i), attributes.getQName(i),
                        attributes.getType(i), attributes.getValue(i));
            }
        }
        return kept;
    }

    private void write(String uri, String local, String qName, Attributes attributes, List<String[]> prefixes)
            throws SAXException {
        if (out.isEmpty()) {
            return;
        }
        XMLStreamWriter out = this.out.get();
        try {
            int colon = qName.indexOf(':');
            out.writeStartElement(colon < 0 ? "" : qName.substring(0, colon), local, uri);
            for (String[] prefix : prefixes) {
                if (prefix[0].isEmpty()) {
                    out.writeDefaultNamespace(prefix[1]);
                } else {
                    out.writeNamespace(prefix[0], prefix[1]);
                }
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getQName(i);
                int c = name.indexOf(':');
                if (attributes.getURI(i).isEmpty()) {
                    out.writeAttribute(attributes.getLocalName(i), attributes.getValue(i));
                } else {
                    out.writeAttribute(c < 0 ? "" : name.substring(0, c), attributes.getURI(i),
                            attributes.getLocalName(i), attributes.getValue(i));
                }
            }
        } catch (XMLStreamException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        track();
        if (skipping > 0) {
            skipping--;
            return;
        }
        if (style.isPresent()) {
            StyleElement s = style.get();
            style = Optional.empty();
            Optional<String> why = XmlRules.styleProblem(s.text().toString());
            if (why.isPresent()) {
                removals.add(new XmlCleaner.Removal(s.line(), "removed <" + s.qName() + ">: " + why.get()));
                return;
            }
            write(s.uri(), s.local(), s.qName(), s.attributes(), s.prefixes());
            characters(s.text().toString());
        }
        try {
            if (out.isPresent()) {
                out.get().writeEndElement();
            }
        } catch (XMLStreamException e) {
            throw new SAXException(e);
        }
    }

    private void removeStyle(StyleElement s, String why) {
        style = Optional.empty();
        removals.add(new XmlCleaner.Removal(s.line(), "removed <" + s.qName() + ">: " + why));
        skipping++; // the style element itself, whose end is still to come
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        track();
        if (skipping > 0) {
            return;
        }
        if (style.isPresent()) {
            style.get().text().append(ch, start, length);
            return;
        }
        characters(new String(ch, start, length));
    }

    private void characters(String text) throws SAXException {
        try {
            if (out.isPresent()) {
                out.get().writeCharacters(text);
            }
        } catch (XMLStreamException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }
}
