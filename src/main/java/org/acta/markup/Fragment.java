package org.acta.markup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Sanitised HTML kept as the pieces a page shows as they are, with the places a page fills in
 * between them (see {@link Placement}): where a site link's leading slash was, where an id or an
 * in-page link's target starts, a heading's level, an image's loading and size. It is written once
 * from the jsoup tree, so only real attributes and tags are places: text, code included, is never
 * changed. As written it is the tree's own HTML, byte for byte.
 */
final class Fragment {
    static final Fragment EMPTY = new Fragment(List.of(""), List.of());

    /** One more piece than places: piece, place, piece … piece. */
    private final String[] pieces;
    private final Place[] places;
    private final int length;

    private Fragment(List<String> pieces, List<Place> places) {
        this.pieces = pieces.toArray(String[]::new);
        this.places = places.toArray(Place[]::new);
        this.length = pieces.stream().mapToInt(String::length).sum();
    }

    /**
     * The HTML of {@code body}'s content, without the white space at its ends. In a {@code block}
     * text, headings and images are places too; a line of text keeps them as written.
     */
    static Fragment of(Element body, boolean block) {
        Writer writer = new Writer(body, block);
        NodeTraversor.filter(writer, body);
        return writer.finish();
    }

    String html(Placement placement) {
        if (places.length == 0) {
            return pieces[0];
        }
        StringBuilder out = new StringBuilder(length + 16 * places.length);
        out.append(pieces[0]);
        for (int i = 0; i < places.length; i++) {
            places[i].fill(out, placement);
            out.append(pieces[i + 1]);
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fragment that && Arrays.equals(pieces, that.pieces) && Arrays.equals(places, that.places);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pieces) + Arrays.hashCode(places);
    }

    /** A place in the HTML that a page fills in. */
    private interface Place {
        void fill(StringBuilder out, Placement placement);
    }

    private static final Place SITE_ROOT = (out, placement) -> out.append(placement.root());
    private static final Place ID_PREFIX = (out, placement) -> out.append(placement.idPrefix());
    private static final Place IMAGE_LOADING = (out, placement) -> {
        if (placement.lazyImages()) {
            out.append(" loading=\"lazy\" decoding=\"async\"");
        }
    };

    /** The digit of {@code <h2} and {@code </h2>}. */
    private record HeadingLevel(int written, int underTitle) implements Place {
        @Override
        public void fill(StringBuilder out, Placement placement) {
            out.append((char) ('0' + placement.headingLevel(written, underTitle)));
        }
    }

    private record ImageSizeOf(String src) implements Place {
        @Override
        public void fill(StringBuilder out, Placement placement) {
            placement.imageSize(src).ifPresent(size -> out.append(" width=\"").append(size.width())
                    .append("\" height=\"").append(size.height()).append('"'));
        }
    }

    /** Writes the tree as jsoup writes it, tag by tag, with the places between the pieces. */
    private static final class Writer implements NodeFilter {
        private final Element body;
        private final boolean block;
        /** The heading levels written: the place of each under the page title is its rank among them + 2. */
        private final TreeSet<Integer> levels = new TreeSet<>();
        private final List<String> pieces = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final StringBuilder piece = new StringBuilder();

        Writer(Element body, boolean block) {
            this.body = body;
            this.block = block;
        }

        /** A link to the site itself: {@code /events/x/}, not {@code //cdn.example.org/x}. */
        private static boolean isSiteLink(String url) {
            return url.startsWith("/") && !url.startsWith("//");
        }

        /** 1 to 6 for h1 to h6, else 0. */
        private static int level(Element element) {
            String name = element.normalName();
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                    ? name.charAt(1) - '0' : 0;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
                if (element != body) {
                    startTag(element);
                }
            } else {
                node.html(piece);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node != body && node instanceof Element element && !isVoid(element)) {
                piece.append("</");
                name(element);
                piece.append('>');
            }
            return FilterResult.CONTINUE;
        }

        private void startTag(Element element) {
            piece.append('<');
            name(element);
            if (block && element.nameIs("img")) {
                if (element.attributesSize() > 0) {
                    place(IMAGE_LOADING);
                }
                String src = element.attr("src");
                if (!element.hasAttr("width") && !element.hasAttr("height") && src.startsWith("/assets/")
                        && src.length() > "/assets/".length()) {
                    place(new ImageSizeOf(src));
                }
            }
            if (element.attributesSize() > 0) {
                for (Attribute attribute : element.attributes()) {
                    attribute(attribute);
                }
            }
            piece.append(isVoid(element) && element.tag().isEmpty() ? ">" : isVoid(element) ? " />" : ">");
        }

        /** An element written as one tag: it has no content, and its kind never has any. */
        private static boolean isVoid(Element element) {
            return element.childNodeSize() == 0 && element.tag().isSelfClosing();
        }

        private void name(Element element) {
            int level = block ? level(element) : 0;
            if (level == 0) {
                piece.append(element.tagName());
            } else {
                piece.append('h');
                levels.add(level);
                place(new HeadingLevel(level, 0)); // placed under the title once every level is known
            }
        }

        /** An attribute as jsoup writes it ({@code  href="/x"}), with a place before its value or its target. */
        private void attribute(Attribute attribute) {
            String key = attribute.getKey();
            String value = attribute.getValue();
            String html = ' ' + attribute.html();
            int start = key.length() + 3; // where the value starts, after ' key="'
            if ((key.equals("href") || key.equals("src")) && isSiteLink(value)) {
                split(html, start, SITE_ROOT, start + 1);
            } else if (key.equals("href") && value.startsWith("#")) {
                split(html, start + 1, ID_PREFIX, start + 1);
            } else if (key.equals("id")) {
                split(html, start, ID_PREFIX, start);
            } else {
                piece.append(html);
            }
        }

        /** {@code html} up to {@code before}, the place, and {@code html} from {@code after}. */
        private void split(String html, int before, Place place, int after) {
            piece.append(html, 0, before);
            place(place);
            piece.append(html, after, html.length());
        }

        private void place(Place place) {
            pieces.add(piece.toString());
            piece.setLength(0);
            places.add(place);
        }

        Fragment finish() {
            List<Integer> ranked = List.copyOf(levels);
            places.replaceAll(place -> place instanceof HeadingLevel heading
                    ? new HeadingLevel(heading.written(), Math.min(6, ranked.indexOf(heading.written()) + 2)) : place);
            pieces.add(piece.toString());
            int last = pieces.size() - 1;
            pieces.set(0, pieces.get(0).stripLeading());
            pieces.set(last, pieces.get(last).stripTrailing());
            return new Fragment(pieces, places);
        }
    }
}
