package org.acta.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.model.Content;

/**
 * The pages of the content's items, and the addresses they had before their items were renamed. A
 * renamed item moves every page its id is part of: an event {@code cu} renamed {@code moi} moves
 * {@code events/cu/}, its speeches {@code events/cu/<speech-id>/}, its printable volume and its view of
 * the tracker; a renamed speech moves only its own page. Where two renamed items share a page (a
 * renamed speech of a renamed event), each combination of their ids is a former address.
 */
final class Renames {
    /** The kinds of page an item of the content has, one a kind of item. */
    private static final List<PageKind> ITEM_KINDS = List.of(PageKind.EVENT, PageKind.SPEECH, PageKind.TASK,
            PageKind.PERSON, PageKind.ORGANIZATION, PageKind.DOCUMENT, PageKind.PAGE);

    private final Addresses addresses;

    Renames(Addresses addresses) {
        this.addresses = addresses;
    }

    static boolean isItemKind(PageKind kind) {
        return ITEM_KINDS.contains(kind);
    }

    List<ItemPage> itemPages(Content content) {
        List<ItemPage> pages = new ArrayList<>();
        content.events().forEach(e -> pages.add(new ItemPage(addresses.page(PageKind.EVENT, e.id()), e.formerIds(),
                e.origin())));
        content.speeches().forEach(s -> pages.add(new ItemPage(addresses.page(PageKind.SPEECH, s.event(), s.id()),
                s.formerIds(), s.origin())));
        content.tasks().forEach(t -> pages.add(new ItemPage(addresses.page(PageKind.TASK, t.id()), t.formerIds(),
                t.origin())));
        content.people().forEach(p -> pages.add(new ItemPage(addresses.page(PageKind.PERSON, p.id()), p.formerIds(),
                p.origin())));
        content.organizations().forEach(o -> pages.add(new ItemPage(addresses.page(PageKind.ORGANIZATION, o.id()),
                o.formerIds(), o.origin())));
        content.documents().forEach(d -> pages.add(new ItemPage(addresses.page(PageKind.DOCUMENT, d.id()),
                d.formerIds(), d.origin())));
        content.pages().forEach(p -> pages.add(new ItemPage(addresses.page(PageKind.PAGE, p.id()), p.formerIds(),
                p.origin())));
        return pages;
    }

    /**
     * The former addresses of the pages at {@code live}, in their order, each with the page it leads
     * to; a former address that a live page has is left to that page (binding reports the clash).
     */
    List<Move> moves(List<ItemPage> items, List<Address> live) {
        // the renamed items by the blank their own id fills and that id: "speech-id=ket-luan"
        Map<String, List<ItemPage>> renamed = new HashMap<>();
        for (ItemPage item : items) {
            if (!item.formerIds().isEmpty()) {
                renamed.computeIfAbsent(key(item.address(), item.address().ids().size() - 1), k -> new ArrayList<>())
                        .add(item);
            }
        }
        if (renamed.isEmpty()) {
            return List.of();
        }
        Set<String> taken = new HashSet<>();
        live.stream().filter(a -> a.kind() != PageKind.MOVED).forEach(a -> taken.add(a.path()));
        List<Move> moves = new ArrayList<>();
        for (Address page : live) {
            if (page.kind() == PageKind.MOVED) {
                continue;
            }
            List<List<String>> choices = choices(page, renamed);
            if (choices.stream().allMatch(ids -> ids.size() == 1)) {
                continue;
            }
            for (List<String> ids : combinations(choices)) {
                Address from = addresses.page(page.kind(), ids.toArray(String[]::new));
                if (!ids.equals(page.ids()) && taken.add(from.path())) {
                    moves.add(new Move(from, page));
                }
            }
        }
        return moves;
    }

    /** For each blank of the page's address, its id now and the ids it had before. */
    private static List<List<String>> choices(Address page, Map<String, List<ItemPage>> renamed) {
        List<List<String>> choices = new ArrayList<>();
        for (int i = 0; i < page.ids().size(); i++) {
            List<String> ids = new ArrayList<>(List.of(page.ids().get(i)));
            for (ItemPage item : renamed.getOrDefault(key(page, i), List.of())) {
                if (fills(item.address(), page)) {
                    ids.addAll(item.formerIds());
                }
            }
            choices.add(ids);
        }
        return choices;
    }

    /** {@code "event-id=hoi-nghi"}: the name of a blank of the address and the id that fills it. */
    private static String key(Address address, int blank) {
        return blanks(address).get(blank) + "=" + address.ids().get(blank);
    }

    /** Whether the item's ids fill the same blanks of {@code page}: the item is part of that page's address. */
    private static boolean fills(Address item, Address page) {
        List<String> pageBlanks = blanks(page);
        List<String> itemBlanks = blanks(item);
        for (int i = 0; i < itemBlanks.size(); i++) {
            int at = pageBlanks.indexOf(itemBlanks.get(i));
            if (at < 0 || !page.ids().get(at).equals(item.ids().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> blanks(Address address) {
        return address.kind().addressPattern().blanks();
    }

    /** Every way of taking one id from each list, in order: the first is the ids as they are now. */
    private static List<List<String>> combinations(List<List<String>> choices) {
        List<List<String>> all = new ArrayList<>(List.of(List.of()));
        for (List<String> ids : choices) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> start : all) {
                for (String id : ids) {
                    List<String> next = new ArrayList<>(start);
                    next.add(id);
                    longer.add(next);
                }
            }
            all = longer;
        }
        return all;
    }
}
