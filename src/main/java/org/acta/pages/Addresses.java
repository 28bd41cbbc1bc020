package org.acta.pages;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.acta.model.Content;
import org.acta.model.Site;

/**
 * The addresses of one site, the one place they are made: a page's or a file's path below the
 * site root from its kind and ids, that path made absolute from {@code base_url}, and the way
 * from a page back to the root. Every stage asks here: the renderer and the templates' view
 * models, the page heads, the feeds and exports, the sitemap, the link checker and the preview.
 *
 * <p>Made for what comes next: a language is one more field (a prefix before every page's path,
 * {@code en/}). An item's former ids are only more ids for the same kind: the address a page had
 * before is {@code page(kind, formerId)} ({@link #moves}), and the page that sends readers on from
 * there is {@link #moved}.
 */
public final class Addresses {
    private static final String INDEX = "index.html";
    private static final String STATIC = "static/";
    private static final String ASSETS = "assets/";

    private final String base;
    /** Before every page's path: the language's folder once there are two; none yet. */
    private final String prefix = "";

    public Addresses(Site site) {
        this.base = site.baseUrl();
    }

    /** The address of a page of {@code kind}, its pattern's blanks filled with {@code ids} in order. */
    public Address page(PageKind kind, String... ids) {
        return new Address(kind, kind.addressPattern().fill(prefix, ids), Arrays.asList(ids));
    }

    /**
     * The page that answers at a former address and sends the reader on: the address itself, as a page
     * of {@link PageKind#MOVED}.
     */
    public Address moved(Address former) {
        return new Address(PageKind.MOVED, former.path(), List.of(former.path()));
    }

    /** The page of each item of the content, with the ids the item had before: an event's, a speech's, … */
    public List<ItemPage> itemPages(Content content) {
        return new Renames(this).itemPages(content);
    }

    /** Whether pages of {@code kind} are items' pages, which the content's files make. */
    public static boolean isItemPage(PageKind kind) {
        return Renames.isItemKind(kind);
    }

    /**
     * The former addresses of the pages at {@code live} (see {@link ItemPage#formerIds()}), in the order
     * of {@code live}, each with the page it leads to now. A renamed event moves its speeches too.
     */
    public List<Move> moves(List<ItemPage> items, List<Address> live) {
        return new Renames(this).moves(items, live);
    }

    /**
     * The page a path below the site root names, by the kinds' address patterns ({@code events/x/} is
     * the event {@code x}); of two patterns that make it, the one with more fixed text. Empty for a
     * path no kind makes, and for a former address, which only the item's former ids tell.
     */
    public Optional<Address> parse(String path) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String own = path.substring(prefix.length());
        Address best = null;
        int bestLength = -1;
        for (PageKind kind : PageKind.values()) {
            Optional<List<String>> ids = kind.addressPattern().match(own);
            if (ids.isPresent() && kind.addressPattern().literalLength() > bestLength) {
                best = new Address(kind, path, ids.get());
                bestLength = kind.addressPattern().literalLength();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Only the path of that address: {@code events/x/}. */
    public String path(PageKind kind, String... ids) {
        return kind.addressPattern().fill(prefix, ids);
    }

    /** The path of a file published beside the pages: {@code organizations/x/feed.xml}. */
    public String output(OutputKind kind, String... ids) {
        return kind.addressPattern().fill(prefix, ids);
    }

    /** A path below the root made absolute: {@code https://x.org/acta/events/x/}; a leading slash is dropped. */
    public String absolute(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    public String absolute(Address address) {
        return absolute(address.path());
    }

    /**
     * The address a page claims as its own (canonical, {@code og:url}); none for the page for a missing
     * address, and none for a page that moved (its view names the address it moved to).
     */
    public Optional<String> canonical(Address address) {
        return address.kind().claimsOwnAddress() ? Optional.of(absolute(address)) : Optional.empty();
    }

    /**
     * How a page's links reach the site root: relative ({@code ../../} from {@code events/x/}), so the
     * site works under any folder and from disk; from the page for a missing address, which is served
     * at any depth, the base path ({@code /acta/}).
     */
    public String root(Address address) {
        if (!address.kind().hasOwnAddress()) {
            return basePath();
        }
        String path = address.path();
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The site root as written in {@code base_url}: {@code https://x.org/acta/}. */
    public String base() {
        return base;
    }

    /** The path of {@code base_url}, where the site is served: {@code https://x.org/acta/} → {@code /acta/}. */
    public String basePath() {
        int scheme = base.indexOf("://");
        int slash = base.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : base.substring(slash);
    }

    /** The host of {@code base_url}, for iCalendar UIDs. */
    public String host() {
        return URI.create(base).getHost();
    }

    /** A file of the theme's {@code static/} folder: {@code style.css} → {@code static/style.css}. */
    public static String staticFile(String name) {
        return STATIC + name;
    }

    /** A file of the content's {@code assets/} folder by its path there: {@code anh/x.png} → {@code assets/anh/x.png}. */
    public static String asset(String path) {
        return ASSETS + path;
    }

    /** A file of the content's {@code assets/} folder as an editor names it, with or without that folder. */
    public static String assetNamed(String written) {
        return written.startsWith(ASSETS) ? written : asset(written);
    }

    /** The file answering an address: a folder's {@code index.html} ({@code events/x/} → {@code events/x/index.html}). */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + INDEX : path;
    }

    /** The address a file answers: {@code events/x/index.html} → {@code events/x/}; {@code 404.html} is itself. */
    public static String pathOf(String file) {
        return file.endsWith(INDEX) && (file.length() == INDEX.length() || file.endsWith("/" + INDEX))
                ? file.substring(0, file.length() - INDEX.length()) : file;
    }

    /** A folder's index file: the path {@code events/x} names when it is {@code events/x/}. */
    public static String folderFile(String path) {
        return path + "/" + INDEX;
    }
}
