package org.acta.output;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.acta.pages.Addresses;
import org.acta.pages.Move;
import org.acta.pages.OutputKind;

/**
 * {@code _redirects}: each former address of a page (an item renamed, with {@code former_ids}) and
 * the address it leads to now, as a permanent redirect (301), in the form Netlify and Cloudflare
 * Pages read: {@code /events/cu/ /events/moi/ 301}, one a line, in path order. A page's files beside
 * it (an organisation's feed and calendar) are redirected with it. Paths start at the path of
 * {@code base_url}, as the pages are served. Other hosts publish it as an ordinary file; for them the
 * page left at each former address sends readers on.
 */
final class HostRedirects {
    private final Addresses addresses;

    HostRedirects(Addresses addresses) {
        this.addresses = addresses;
    }

    /** @param files the files published beside pages, by path: those of a moved page are redirected too */
    byte[] write(List<Move> moves, List<String> files) {
        Set<String> published = Set.copyOf(files);
        TreeMap<String, String> redirects = new TreeMap<>();
        for (Move move : moves) {
            redirects.put(move.from().path(), move.to().path());
            for (OutputKind output : move.to().kind().outputs()) {
                String now = addresses.output(output, move.to().ids().toArray(String[]::new));
                if (published.contains(now)) {
                    redirects.put(addresses.output(output, move.from().ids().toArray(String[]::new)), now);
                }
            }
        }
        StringBuilder text = new StringBuilder("# Written by Acta with every build: the addresses pages had before "
                + "their items were renamed, redirected for hosts that read this file (Netlify, Cloudflare Pages).\n");
        String base = addresses.basePath();
        redirects.forEach((from, to) -> text.append(base).append(from).append(' ').append(base).append(to)
                .append(" 301\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
