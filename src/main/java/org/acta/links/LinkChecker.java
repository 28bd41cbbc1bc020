package org.acta.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acta.diag.Diagnostic;
import org.acta.diag.Suggestions;
import org.acta.model.Asset;
import org.acta.model.Content;
import org.acta.model.OutputFile;
import org.acta.model.Withheld;
import org.acta.pages.Addresses;
import org.acta.pages.Move;
import org.acta.pages.PageKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Checks the links written in the content against the site rendered from it. A link to a site
 * address ({@code /events/x/}), to an asset, or to an anchor ({@code #heading}, or
 * {@code /events/x/s/#heading}) that no page answers is an error at the line it was written on.
 * A link to a page's former address works, but is a warning naming the address now. A link to
 * another site is not an error here: it is listed, for {@link ExternalLinks} to fetch when asked.
 */
public final class LinkChecker {
    private final Map<String, byte[]> files = new HashMap<>();
    private final Set<String> assets = new LinkedHashSet<>();
    private final Map<String, Set<String>> anchors = new HashMap<>();
    /** The files of the pages at former addresses, each with the address it leads to now. */
    private final Map<String, String> moved = new HashMap<>();
    private final String baseUrl;

    /**
     * @param files  the rendered site's files by path ("events/x/index.html")
     * @param assets the site's assets
     * @param baseUrl the address the site is published at: a link that starts with it is a site link
     * @param moves   the pages' former addresses: a link to one is a warning naming the address now
     */
    public LinkChecker(List<OutputFile> files, List<Asset> assets, String baseUrl, List<Move> moves) {
        files.forEach(f -> this.files.put(f.path(), f.bytes()));
        moves.forEach(m -> moved.put(m.from().file(), m.to().path()));
        assets.forEach(a -> this.assets.add(Addresses.asset(a.path())));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** What the check found: an error for each dead site link, and the links to other sites. */
    public record Result(List<Diagnostic> diagnostics, List<WrittenLink> external) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
            external = List.copyOf(external);
        }
    }

    public Result check(Content content) {
        Map<String, String> drafts = draftPages(content);
        List<Diagnostic> problems = new ArrayList<>();
        List<WrittenLink> external = new ArrayList<>();
        for (WrittenLink link : new MarkdownLinks().of(content)) {
            String url = link.url();
            String lower = url.toLowerCase(Locale.ROOT);
            if (url.startsWith(baseUrl)) {
                url = "/" + url.substring(baseUrl.length());
            } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
                external.add(link);
                continue;
            } else if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//")) {
                continue; // mailto:, tel: and the like are not pages
            }
            check(link, url, drafts).ifPresent(problems::add);
        }
        return new Result(problems, external);
    }

    /**
     * The addresses of the pages a site leaves out with its drafts ({@code people/x/}), each with the file of
     * the draft that keeps it out (for a speech left out with its event, the event's).
     */
    private static Map<String, String> draftPages(Content content) {
        Addresses addresses = new Addresses(content.site());
        Withheld withheld = content.drafts().withheld();
        Map<String, String> pages = new HashMap<>();
        withheld.events().forEach(e -> {
            pages.put(addresses.path(PageKind.EVENT, e.id()), e.origin().path());
            pages.put(addresses.path(PageKind.PRINT_VOLUME, e.id()), e.origin().path());
        });
        withheld.speeches().forEach(s -> pages.put(addresses.path(PageKind.SPEECH, s.event(), s.id()),
                withheld.event(s.event()).map(e -> e.origin().path()).orElse(s.origin().path())));
        withheld.tasks().forEach(t -> pages.put(addresses.path(PageKind.TASK, t.id()), t.origin().path()));
        withheld.people().forEach(p -> pages.put(addresses.path(PageKind.PERSON, p.id()), p.origin().path()));
        withheld.organizations().forEach(o -> pages.put(addresses.path(PageKind.ORGANIZATION, o.id()),
                o.origin().path()));
        withheld.documents().forEach(d -> pages.put(addresses.path(PageKind.DOCUMENT, d.id()), d.origin().path()));
        withheld.pages().forEach(p -> pages.put(addresses.path(PageKind.PAGE, p.id()), p.origin().path()));
        return pages;
    }

    private Optional<Diagnostic> check(WrittenLink link, String url, Map<String, String> drafts) {
        URI target;
        try {
            target = URI.create("http://site/" + link.page()).resolve(new URI(url.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of(error(link, "link '" + link.url() + "' is not a valid address: write site links as "
                    + "/events/EVENT-ID/, with %20 for a space"));
        }
        String path = decode(Optional.ofNullable(target.getRawPath()).orElse("/")).substring(1);
        String fragment = target.getRawFragment() == null ? null : decode(target.getRawFragment());
        Optional<String> file = fileFor(path);
        String draft = drafts.get(path.isEmpty() || path.endsWith("/") ? path : path + "/");
        if (file.isEmpty() && draft != null) {
            return Optional.of(error(link, "link to '" + link.url() + "' leads to a draft, which the site leaves out "
                    + "until it is published (" + draft + "): the link would lead nowhere; publish the draft, or "
                    + "remove the link"));
        }
        if (file.isEmpty()) {
            return Optional.of(error(link, "link to '" + link.url() + "' leads nowhere: no page of the site has the address /"
                    + path + closestPage(path)));
        }
        String now = moved.get(file.get());
        if (now == null) {
            return anchorProblem(link, file.get(), fragment);
        }
        String written = "/" + now + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
        return anchorProblem(link, Addresses.file(now), fragment).or(() -> Optional.of(Diagnostic.warning(link.path(),
                link.line(), "link to '" + link.url() + "' leads to a page that has moved: link to " + written
                        + " instead; the old address only sends readers on")));
    }

    /** A link's fragment that names no heading or anchor of the page it leads to. */
    private Optional<Diagnostic> anchorProblem(WrittenLink link, String file, String fragment) {
        if (fragment != null && !fragment.isEmpty() && file.endsWith(".html")
                && !anchorsOf(file).contains(fragment)) {
            String page = "/" + Addresses.pathOf(file);
            return Optional.of(error(link, "link to '" + link.url() + "': the page " + page + " has no heading or "
                    + "anchor '" + fragment + "'" + closestAnchor(fragment, anchorsOf(file))));
        }
        return Optional.empty();
    }

    /** The file a site path names: itself, or the index.html of the folder it names. */
    private Optional<String> fileFor(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            String index = Addresses.file(path);
            return files.containsKey(index) ? Optional.of(index) : Optional.empty();
        }
        if (files.containsKey(path) || assets.contains(path)) {
            return Optional.of(path);
        }
        String index = Addresses.folderFile(path);
        return files.containsKey(index) ? Optional.of(index) : Optional.empty();
    }

    private Set<String> anchorsOf(String file) {
        return anchors.computeIfAbsent(file, f -> {
            Set<String> ids = new LinkedHashSet<>();
            for (Element e : Jsoup.parse(new String(files.get(f), StandardCharsets.UTF_8)).select("[id], a[name]")) {
                ids.add(e.hasAttr("id") ? e.id() : e.attr("name"));
            }
            return ids;
        });
    }

    private String closestPage(String path) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String file : files.keySet()) {
            String page = Addresses.pathOf(file);
            if (page.equals(file)) {
                continue; // not a folder's index: not a page to suggest
            }
            int d = Suggestions.distance(page, path.endsWith("/") ? path : path + "/");
            if (d < bestDistance) {
                bestDistance = d;
                best = page;
            }
        }
        return best != null && bestDistance <= Math.max(3, path.length() / 4) ? "; did you mean /" + best + "?" : "";
    }

    private static String closestAnchor(String fragment, Set<String> ids) {
        Optional<String> best = Suggestions.to(fragment, ids).stream().findFirst();
        return best.map(b -> "; did you mean #" + b + "?").orElse("");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static Diagnostic error(WrittenLink link, String message) {
        return Diagnostic.error(link.path(), link.line(), message);
    }
}
