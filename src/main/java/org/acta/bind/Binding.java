package org.acta.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.diag.Messages;
import org.acta.diag.Report;

/**
 * What one binding of the content shares: the report problems go to, the references collected
 * to check once every item is known, the messages in the site's language, and, for each draft
 * file, the required fields it still leaves empty (a draft may; the draft's one warning names them).
 */
final class Binding {
    private final Report report;
    private final Messages messages;
    private final List<Ref> refs = new ArrayList<>();
    private final Map<String, List<Gap>> leftEmpty = new LinkedHashMap<>();

    /** A required field a draft leaves empty, and the line it is on (or the line of its mapping). */
    private record Gap(int line, String field) {
    }

    Binding(Report report, Messages messages) {
        this.report = report;
        this.messages = messages;
    }

    Report report() {
        return report;
    }

    Messages messages() {
        return messages;
    }

    /** Every reference written so far. */
    List<Ref> refs() {
        return refs;
    }

    void refer(Ref ref) {
        refs.add(ref);
    }

    /** A required field a draft leaves empty, by the name messages give it, at its line. */
    void leftEmpty(String path, int line, String field) {
        leftEmpty.computeIfAbsent(path, p -> new ArrayList<>()).add(new Gap(line, field));
    }

    /** The required fields the draft at {@code path} leaves empty, in the order of the file. */
    List<String> leftEmpty(String path) {
        return leftEmpty.getOrDefault(path, List.of()).stream()
                .sorted(java.util.Comparator.comparingInt(Gap::line)).map(Gap::field).toList();
    }
}
