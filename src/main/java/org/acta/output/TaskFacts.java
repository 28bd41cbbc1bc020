package org.acta.output;

import java.util.List;
import java.util.Optional;
import org.acta.assemble.Proceedings;
import org.acta.assemble.TaskState;
import org.acta.model.Organization;
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
        return Optional.ofNullable(proceedings.organization(id)).map(Organization::name).orElse(id);
    }

    /** An update's evidence as an absolute URL: a document's page, a site path, or the URL as written. */
    Optional<String> evidenceUrl(TaskUpdate update) {
        return update.evidence().map(e -> proceedings.findDocument(e).map(d -> urls.document(d.id()))
                .orElse(e.startsWith("/") ? urls.of(e) : e));
    }

    /** The anchor of an update on its task page, 1-based in the order written. */
    static String anchor(Task task, TaskUpdate update) {
        return "update-" + (task.updates().indexOf(update) + 1);
    }
}
