package org.acta.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.markup.Rendered;
import org.acta.model.Markdown;
import org.acta.model.OutputFile;
import org.acta.pages.Address;

/**
 * A rendered site kept in memory so that the next rendering of the same site redoes only what
 * changed: each page with the inputs it was rendered from (its template, the templates that
 * template imports, and the values it printed), and the Markdown already made into HTML.
 */
public final class Rendering {
    /** Nothing rendered yet: every page is rendered. */
    public static final Rendering NONE = new Rendering(List.of(), List.of(), 0, Map.of(), Map.of(), Map.of());

    /** A page as rendered: the inputs it depends on, and its bytes. */
    record Page(PageInputs inputs, OutputFile file) {
    }

    /**
     * What a page depends on. The model holds the page's view, the site's menu and strings, its
     * root and title: plain values, so two equal inputs print the same bytes.
     */
    record PageInputs(String template, Set<String> templates, Map<String, Object> model) {
    }

    private final List<OutputFile> files;
    private final List<Address> addresses;
    private final int pagesRendered;
    final Map<String, Page> pages;
    final Map<Markdown, Rendered> blocks;
    final Map<Markdown, Rendered> inlines;

    Rendering(List<OutputFile> files, List<Address> addresses, int pagesRendered, Map<String, Page> pages,
              Map<Markdown, Rendered> blocks, Map<Markdown, Rendered> inlines) {
        this.files = List.copyOf(files);
        this.addresses = List.copyOf(addresses);
        this.pagesRendered = pagesRendered;
        this.pages = Map.copyOf(pages);
        this.blocks = Map.copyOf(blocks);
        this.inlines = Map.copyOf(inlines);
    }

    /** Every file of the site: pages, the 404 page and the theme's static files. */
    public List<OutputFile> files() {
        return files;
    }

    /** The address of every page rendered, in the order of the page kinds: what the sitemap lists from. */
    public List<Address> addresses() {
        return addresses;
    }

    /** How many pages went through their template this time; the others kept their earlier bytes. */
    public int pagesRendered() {
        return pagesRendered;
    }

    /** How many pages the site has (rendered this time or kept). */
    public int pageCount() {
        return pages.size();
    }
}
