package org.acta.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.acta.diag.Diagnostic;
import org.acta.model.Origin;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cleans parsed content HTML in place by the {@link ContentPolicy}, with a warning for each
 * removal at the editor's line. Comments go silently: they are the editor's notes.
 * One instance cleans one document.
 */
final class Sanitiser implements NodeFilter {
    private final Origin origin;
    private final Element root;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Element> unwrapped = new ArrayList<>();
    private final List<Element> emptied = new ArrayList<>();

    private Sanitiser(Origin origin, Element root) {
        this.origin = origin;
        this.root = root;
    }

    /** Cleans {@code root} and everything in it, and returns what was removed, sorted by line. */
    static List<Diagnostic> clean(Element root, Origin origin) {
        Sanitiser sanitiser = new Sanitiser(origin, root);
        NodeTraversor.filter(sanitiser, root);
        sanitiser.unwrapped.forEach(Element::unwrap);
        sanitiser.emptied.stream().filter(Sanitiser::isBlankParagraph).forEach(Element::remove);
        return sanitiser.diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node == root) {
            cleanAttributes(root, root.normalName());
            return FilterResult.CONTINUE;
        }
        if (node instanceof Element element) {
            return element(element);
        }
        // Text stays; comments go, and so does any stray script data or CDATA outside a removed element.
        return node.getClass() == TextNode.class ? FilterResult.CONTINUE : FilterResult.REMOVE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            element.removeAttr(LineMarks.ATTRIBUTE);
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult element(Element element) {
        String tag = element.normalName();
        Optional<String> removal = ContentPolicy.removal(tag);
        if (removal.isPresent()) {
            warn(element, "removed <" + tag + "> element: " + removal.get());
            emptied.add(element.parent());
            return FilterResult.REMOVE;
        }
        if (!ContentPolicy.isContent(tag)) {
            warn(element, "removed <" + tag + "> tag and kept its content: it is not ordinary content HTML");
            unwrapped.add(element);
            return FilterResult.CONTINUE;
        }
        cleanAttributes(element, tag);
        return FilterResult.CONTINUE;
    }

    private void cleanAttributes(Element element, String tag) {
        for (Attribute attribute : element.attributes().asList()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (name.equals(LineMarks.ATTRIBUTE)) {
                continue;
            }
            Optional<String> problem = problem(tag, name, attribute.getValue());
            if (problem.isPresent()) {
                element.removeAttr(attribute.getKey());
                warn(element, problem.get());
            }
        }
        if (tag.equals("a") && ContentPolicy.isExternal(element.attr("href"))) {
            addNoopener(element);
        }
        alignByClass(element);
    }

    /**
     * A table cell's {@code align} (which Markdown tables write, and HTML no longer allows)
     * becomes a class the theme styles: {@code align="right"} → {@code class="align-right"}.
     */
    private static void alignByClass(Element element) {
        if (!element.hasAttr("align")) {
            return;
        }
        String align = element.attr("align").strip().toLowerCase(Locale.ROOT);
        element.removeAttr("align");
        if (List.of("left", "center", "right").contains(align)) {
            element.addClass("align-" + align);
        }
    }

    private static Optional<String> problem(String tag, String name, String value) {
        if (name.startsWith("on")) {
            return Optional.of("removed '" + name + "' attribute: event handlers are not allowed in content");
        }
        if (name.equals("style")) {
            return Optional.of("removed 'style' attribute: styles are not allowed in content");
        }
        if (!ContentPolicy.allows(tag, name)) {
            return Optional.of("removed '" + name + "' attribute: not allowed on <" + tag + "> in content");
        }
        return ContentPolicy.refusedScheme(tag, name, value).map(scheme -> "removed " + scheme
                + ": link from <" + tag + " " + name + ">: " + ContentPolicy.linkRule(tag, name));
    }

    /** A paragraph with nothing left in it once its only content was removed. */
    private static boolean isBlankParagraph(Element element) {
        return element != null && element.normalName().equals("p") && element.children().isEmpty() && !element.hasText();
    }

    /** An external link gets {@code rel="noopener"}, keeping any other rel the editor gave. */
    private static void addNoopener(Element link) {
        String rel = link.attr("rel").trim();
        boolean has = List.of(rel.toLowerCase(Locale.ROOT).split("\\s+")).contains("noopener");
        if (!has) {
            link.attr("rel", rel.isEmpty() ? "noopener" : rel + " noopener");
        }
    }

    private void warn(Element element, String message) {
        int line = origin.line() + LineMarks.lineOf(element).orElse(0);
        diagnostics.add(Diagnostic.warning(origin.path(), line, message));
    }
}
