package org.acta.markup;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.acta.model.ImageSize;

/**
 * Where a rendered text is shown, and so what its page changes in it. On a page a text's site links
 * ({@code /events/x/}) are made relative to the page ({@code ../../events/x/}), so the site works
 * under any base path and from disk. A block text's headings are placed under the page's own h1
 * without skipping a level (the highest level the editor used becomes h2, the next h3, and so on:
 * {@code #, ###} → {@code h2, h3}), and its images from content/assets/ get their width and height,
 * unless the editor gave them, and are loaded lazily. Among other texts under a heading of its own
 * (a printable volume), a text's ids and in-page links are prefixed ({@code fn-1} →
 * {@code speech-2-fn-1}) so they stay unique, and its headings go one level deeper (h6 stays).
 */
public final class Placement {
    /** The text as the editor wrote it: no page, no changes. */
    static final Placement AS_WRITTEN = new Placement("/", Map.of(), "", false);

    private final String root;
    private final Map<String, ImageSize> imageSizes;
    private final String scope;
    private final boolean onPage;

    private Placement(String root, Map<String, ImageSize> imageSizes, String scope, boolean onPage) {
        this.root = root;
        this.imageSizes = imageSizes;
        this.scope = scope;
        this.onPage = onPage;
    }

    /**
     * On a page whose links to the site root start with {@code root} ({@code "../../"}, or {@code ""}
     * at the root), with the sizes of the site's images by address ({@code /assets/a.png}).
     */
    public static Placement onPage(String root, Map<String, ImageSize> imageSizes) {
        return new Placement(Objects.requireNonNull(root, "root"), Map.copyOf(imageSizes), "", true);
    }

    /** This placement among other texts under a heading of its own, its ids prefixed {@code scope-}. */
    public Placement amongOthers(String scope) {
        if (scope.isEmpty()) {
            throw new IllegalArgumentException("not a valid scope: '' (an id prefix such as 'speech-2')");
        }
        return new Placement(root, imageSizes, scope, onPage);
    }

    /** What goes where a site link's leading slash was. */
    String root() {
        return root;
    }

    /** What goes before an id or an in-page link's target: {@code speech-2-}, or nothing. */
    String idPrefix() {
        return scope.isEmpty() ? "" : scope + "-";
    }

    /** The level a heading is shown at, from the level written and the level it takes under a page title. */
    int headingLevel(int written, int underTitle) {
        if (!onPage) {
            return written;
        }
        return scope.isEmpty() ? underTitle : Math.min(6, underTitle + 1);
    }

    boolean lazyImages() {
        return onPage;
    }

    /** The size of the site image at {@code src}, when the page knows it. */
    Optional<ImageSize> imageSize(String src) {
        return onPage ? Optional.ofNullable(imageSizes.get(src)) : Optional.empty();
    }
}
