package org.acta.output;

import java.util.List;
import java.util.Optional;
import org.acta.assemble.Proceedings;
import org.acta.assemble.TaskState;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;
import org.acta.pages.Addresses;

/**
 * What every task export needs to say about a task, derived once: its state on the as-of
 * date, its absolute URL, and the names of the bodies it names.
 */
final class TaskFacts {
    private final Proceedings proceedings;
    private final SiteUrls urls;

    TaskFacts(Proceedings proceedings, Addresses addresses) {
        this.proceedings = proceedings;
        this.urls = new SiteUrls(addresses);
    }

    Proceedings proceedings() {
        return proceedings;
    }

    SiteUrls urls() {
        return urls;
    }

    /** Every task in the tracker's order: overdue first, then due soon. */
    List<Task> tasks() {
        return proceedings.tracked(proceedings.tasks());
    }

    TaskState state(Task task) {
        return proceedings.state(task);
    }

    String organizationName(String id) {
        return proceedings.namedOrganization(id).item().name();
    }

    /** The absolute address of a named item's page; none (null) for an item the site leaves out, a draft. */
    static String pageOf(Proceedings.Named<?> named, String url) {
        return named.onSite() ? url : null;
    }

    /**
     * An update's evidence as an absolute URL: a document's page, a site path, or the URL as written;
     * none for a document the site leaves out.
     */
    Optional<String> evidenceUrl(TaskUpdate update) {
        return update.evidence().flatMap(e -> e.startsWith("/") || e.contains("://")
                ? Optional.of(e.startsWith("/") ? urls.of(e) : e)
                : Optional.ofNullable(pageOf(proceedings.namedDocument(e), urls.document(e))));
    }

    /** The anchor of an update on its task page, 1-based in the order written. */
    static String anchor(Task task, TaskUpdate update) {
        return "update-" + (task.updates().indexOf(update) + 1);
    }
}
