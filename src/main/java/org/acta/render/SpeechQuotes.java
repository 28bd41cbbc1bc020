package org.acta.render;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.acta.assemble.Proceedings;
import org.acta.markup.Quotation;
import org.acta.markup.QuotedBody;
import org.acta.model.Quote;
import org.acta.model.Speech;
import org.acta.model.Task;
import org.acta.pages.Addresses;
import org.acta.pages.PageKind;
import org.acta.render.View.Link;

/**
 * The words of speeches that tasks quote ({@code quote:}): on the speech's page, each task's
 * sentence marked and linked to the task with its status; on the task's page, the quotation
 * linked to the place on the speech's page where it is said. Both read one marked rendering of
 * the speech, so the task page links to a mark only where the speech page has it.
 */
final class SpeechQuotes {
    private static final String ANCHOR = "quote-";

    private final Proceedings proceedings;
    private final Bodies bodies;
    private final Addresses addresses;
    private final Function<Task, String> linkText;

    /** @param linkText the text of the link from a marked sentence to its task ("Nhiệm vụ: Đang thực hiện") */
    SpeechQuotes(Proceedings proceedings, Bodies bodies, Addresses addresses, Function<Task, String> linkText) {
        this.proceedings = proceedings;
        this.bodies = bodies;
        this.addresses = addresses;
        this.linkText = linkText;
    }

    /** The speech's body on a page whose links to the root start with {@code root}, its quoted words marked. */
    String bodyHtml(Speech s, String root) {
        List<Quotation> quotations = quotations(s);
        return quotations.isEmpty() ? bodies.html(s.body(), root)
                : bodies.html(bodies.quoted(s.body(), quotations), s.body(), root);
    }

    /**
     * The quotation on a task's page: the words, the heading they are under, the speech linked to
     * where on its page they are (the marked words, else the heading, else the page), and its speaker.
     */
    Optional<View.QuoteView> view(Task t) {
        return t.quote().map(quote -> {
            Optional<Speech> speech = t.speech().flatMap(id -> proceedings.speech(t.event(), id));
            Link place = speech.map(s -> new Link(speechUrl(s) + target(s, t).map(id -> "#" + id).orElse(""),
                    s.title())).orElse(null);
            String speaker = speech.flatMap(Speech::speaker).map(id -> proceedings.person(id).name()).orElse(null);
            return new View.QuoteView(quote.text(), quote.heading().orElse(null), place, speaker);
        });
    }

    /** The id on the speech's page that a task's quotation links to, when the speech says its words. */
    private Optional<String> target(Speech s, Task t) {
        return Optional.ofNullable(bodies.quoted(s.body(), quotations(s)).targets().get(ANCHOR + t.id()));
    }

    /** One quotation a task that quotes the speech, in the order of the tasks. */
    private List<Quotation> quotations(Speech s) {
        return proceedings.tasksOf(s.event()).stream()
                .filter(t -> t.quote().isPresent() && t.speech().filter(s.id()::equals).isPresent())
                .map(t -> quotation(t, t.quote().orElseThrow())).toList();
    }

    private Quotation quotation(Task t, Quote quote) {
        String status = proceedings.state(t).standing().id();
        return new Quotation(quote, ANCHOR + t.id(), new Quotation.Link("/" + addresses.path(PageKind.TASK, t.id()),
                linkText.apply(t), t.title(), "quote-task status-" + status));
    }

    private String speechUrl(Speech s) {
        return addresses.path(PageKind.SPEECH, s.event(), s.id());
    }
}
