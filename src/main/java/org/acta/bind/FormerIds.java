package org.acta.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.diag.Report;
import org.acta.model.Content;
import org.acta.model.Ids;
import org.acta.model.Origin;
import org.acta.source.ContentKind;
import org.acta.source.SourceFile;
import org.acta.source.YamlNode;

/**
 * The ids items had before they were renamed ({@code former_ids}), whose addresses send readers on.
 * Each must be a valid id and an address the item's kind can have; once every item is known, none may
 * be the id of an item of the same kind (a speech's, within its event), nor be claimed by two items,
 * since one address can lead to one page only.
 */
final class FormerIds {
    private static final String FIELD = "former_ids";

    /** A former id as written: the kind and scope (a speech's event) it is an id in, and where. */
    private record Claim(ContentKind kind, String scope, String id, Origin origin) {
        String key() {
            return FormerIds.key(kind, scope, id);
        }
    }

    private final Report report;
    private final List<Claim> claims = new ArrayList<>();

    FormerIds(Report report) {
        this.report = report;
    }

    /** The former ids of an item, each one checked on its own; kept to be checked against every item. */
    List<String> read(Fields f, SourceFile file) {
        List<String> ids = new ArrayList<>();
        for (YamlNode.Scalar written : f.ids(FIELD)) {
            String id = written.text().strip();
            Optional<String> problem = problem(id, file);
            if (problem.isPresent()) {
                report.error(file.path(), written.line(), problem.get());
            } else if (!ids.contains(id)) {
                ids.add(id);
                claims.add(new Claim(file.kind(), file.event().orElse(""), id, new Origin(file.path(),
                        written.line())));
            }
        }
        return ids;
    }

    /** What is wrong with one former id by itself: not an id, the item's own, or an address its kind cannot take. */
    private static Optional<String> problem(String id, SourceFile file) {
        String noun = file.kind().noun();
        if (!Ids.isValid(id)) {
            String written = id.replaceFirst("\\.(md|yaml)$", "");
            String folded = Ids.slug(written);
            return Optional.of("not a valid id in '" + FIELD + "': '" + id + "' (ids are lowercase ASCII letters, "
                    + "digits and hyphens" + (folded.isEmpty() ? ")" : ": write '" + folded + "')"));
        }
        if (id.equals(file.id())) {
            return Optional.of("'" + FIELD + "' lists '" + id + "', this " + noun + "'s own id; list only the ids it "
                    + "had before");
        }
        String reserved = switch (file.kind()) {
            case PAGE -> ItemBinder.RESERVED_PAGE_IDS.contains(id) ? "/" + id + "/ is already a part of the site" : "";
            case TASK -> ItemBinder.RESERVED_TASK_IDS.contains(id)
                    ? "/tasks/" + id + "/ holds the tracker's views by " + id : "";
            case SPEECH -> id.equals(ItemBinder.PRINT_VOLUME)
                    ? "/events/<event-id>/print/ is the event's printable volume" : "";
            default -> "";
        };
        return reserved.isEmpty() ? Optional.empty() : Optional.of("a " + noun + "'s former id cannot be '" + id
                + "': " + reserved + "; remove it from '" + FIELD + "'");
    }

    /** Every former id against the ids of the content and the other former ids. */
    void check(Content content) {
        Map<String, String> live = new HashMap<>();
        content.events().forEach(e -> live.put(key(ContentKind.EVENT, "", e.id()), e.origin().path()));
        content.speeches().forEach(s -> live.put(key(ContentKind.SPEECH, s.event(), s.id()), s.origin().path()));
        content.tasks().forEach(t -> live.put(key(ContentKind.TASK, "", t.id()), t.origin().path()));
        content.people().forEach(p -> live.put(key(ContentKind.PERSON, "", p.id()), p.origin().path()));
        content.organizations().forEach(o -> live.put(key(ContentKind.ORGANIZATION, "", o.id()), o.origin().path()));
        content.documents().forEach(d -> live.put(key(ContentKind.DOCUMENT, "", d.id()), d.origin().path()));
        content.pages().forEach(p -> live.put(key(ContentKind.PAGE, "", p.id()), p.origin().path()));
        Map<String, Claim> first = new HashMap<>();
        for (Claim claim : claims) {
            String holder = live.get(claim.key());
            Claim earlier = first.putIfAbsent(claim.key(), claim);
            if (holder != null) {
                error(claim, "former id '" + claim.id() + "' is still the id of " + holder + ": delete that file if "
                        + "this one replaces it, or remove '" + claim.id() + "' from '" + FIELD + "'");
            } else if (earlier != null) {
                error(claim, "former id '" + claim.id() + "' is listed by " + earlier.origin().path() + ":"
                        + earlier.origin().line() + " too: an old address can lead to one page only; keep it in one "
                        + "of the two");
            }
        }
    }

    private static String key(ContentKind kind, String scope, String id) {
        return kind + ":" + scope + "/" + id;
    }

    private void error(Claim claim, String message) {
        report.error(claim.origin().path(), claim.origin().line(), message);
    }
}
