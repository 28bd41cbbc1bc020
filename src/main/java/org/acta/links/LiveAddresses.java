package org.acta.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acta.diag.Diagnostic;
import org.acta.diag.Suggestions;
import org.acta.model.Site;
import org.acta.pages.Address;
import org.acta.pages.Addresses;
import org.acta.pages.ItemPage;

/**
 * The links the world has to the live site: the addresses of its items' pages that a new build would
 * take away, each breaking every link, bookmark and citation to it. One that no page answers any more
 * (no {@code former_ids} sends readers on from it) and that {@code removed} in site.yaml does not name
 * is a warning with both fixes: {@code former_ids} on the item it became (named when one new item of
 * the kind is like it), or {@code removed} when it was taken off on purpose. The pages under a gone
 * page (an event's speeches and printable volume) are counted with it; pages made from items (tag
 * pages, the tracker's views) come and go with them, and are not named.
 */
public final class LiveAddresses {
    private final Addresses addresses;
    private final List<ItemPage> items;
    private final List<String> removed;
    private final String siteFile;

    /**
     * @param items    the pages of the new build's items, with the files they are written in
     * @param site     the new build's settings, with the addresses removed on purpose
     * @param siteFile how the editor names site.yaml: {@code content/site.yaml}
     */
    public LiveAddresses(Addresses addresses, List<ItemPage> items, Site site, String siteFile) {
        this.addresses = addresses;
        this.items = List.copyOf(items);
        this.removed = site.removed();
        this.siteFile = siteFile;
    }

    /**
     * @param live  the pages of the live site by file ({@code events/x/index.html})
     * @param built the addresses of the new build's pages
     */
    public List<Diagnostic> check(List<String> live, List<Address> built) {
        Set<String> before = new HashSet<>();
        live.forEach(file -> before.add(Addresses.pathOf(file)));
        Set<String> now = new HashSet<>();
        built.forEach(a -> now.add(a.path()));
        List<String> gone = before.stream().filter(path -> !now.contains(path) && !removedOnPurpose(path))
                .sorted().toList();
        // in path order, the pages under a page come right after it: each gone item's page is named once,
        // with the count of the gone pages under it
        Map<Address, Long> tops = new LinkedHashMap<>();
        Address top = null;
        for (String path : gone) {
            if (top != null && path.startsWith(top.path())) {
                tops.merge(top, 1L, Long::sum);
                continue;
            }
            top = addresses.parse(path).filter(a -> Addresses.isItemPage(a.kind())).orElse(null);
            if (top != null) {
                tops.put(top, 0L);
            }
        }
        List<Diagnostic> warnings = new ArrayList<>();
        tops.forEach((page, under) -> warnings.add(warning(page, under, renamedTo(page, tops.keySet(), before))));
        return warnings;
    }

    private boolean removedOnPurpose(String path) {
        String address = "/" + path;
        return removed.stream().anyMatch(r -> r.endsWith("/") ? address.startsWith(r) : address.equals(r));
    }

    /**
     * The item a gone page may have become: of the items of its kind (a speech's, in the same event)
     * whose pages are new, the one whose id is like its id, or the only one when it is the only one gone.
     */
    private Optional<ItemPage> renamedTo(Address gone, Set<Address> allGone, Set<String> before) {
        List<ItemPage> fresh = items.stream().filter(i -> sameKind(i.address(), gone)
                && !before.contains(i.address().path())).toList();
        List<String> ids = fresh.stream().map(i -> ownId(i.address())).toList();
        Optional<String> like = Suggestions.to(ownId(gone), ids).stream().findFirst();
        if (like.isEmpty() && fresh.size() == 1 && allGone.stream().filter(g -> sameKind(g, gone)).count() == 1) {
            return Optional.of(fresh.get(0));
        }
        return like.map(id -> fresh.get(ids.indexOf(id)));
    }

    /** Whether two pages are of one kind and, for a speech, of one event. */
    private static boolean sameKind(Address a, Address b) {
        return a.kind() == b.kind() && parentIds(a).equals(parentIds(b));
    }

    private Diagnostic warning(Address page, long under, Optional<ItemPage> renamed) {
        String former = "'former_ids: [" + ownId(page) + "]'";
        String fix = renamed.map(i -> "if it is now " + i.origin().path() + ", add " + former + " to that file")
                .orElse("if it was renamed, add " + former + " to the file it has now");
        String message = "the live site has /" + page.path()
                + (under == 0 ? "" : " (and " + under + (under == 1 ? " page" : " pages") + " under it)")
                + ", which this build does not: every link and bookmark to it would break; " + fix
                + "; if it was removed on purpose, add '/" + page.path() + "' to 'removed' in " + siteFile;
        return Diagnostic.warning(renamed.map(i -> i.origin().path()).orElse(siteFile), 0, message);
    }

    private static String ownId(Address address) {
        return address.ids().get(address.ids().size() - 1);
    }

    private static List<String> parentIds(Address address) {
        return address.ids().subList(0, address.ids().size() - 1);
    }
}
