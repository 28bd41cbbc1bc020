package org.acta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acta.model.Ids;

/**
 * Finds the speakers of a report and gives each speech the paragraphs that follow its
 * introduction, up to the next speaker: "Phát biểu kết luận, đồng chí …", "Tại cuộc họp, đồng
 * chí …, Phó Bí thư … yêu cầu …", "In his concluding remarks, Mr. …", or a photo caption that
 * says who spoke. Attendance and chairing paragraphs are the event's, not speeches; so are
 * paragraphs about the event itself ("Hội nghị diễn ra trong không khí …").
 */
final class SpeechReader {
    private final Grammar grammar;
    private final People people;

    private SpeechReader(Grammar grammar, People people) {
        this.grammar = grammar;
        this.people = people;
    }

    /**
     * The speeches, the paragraphs that belong to the event (before the first speech, attendance,
     * chairing, the event itself) and who chaired.
     */
    record Split(List<Draft.Speech> speeches, List<String> summary, List<Draft.Speaker> chairs) {
        Split {
            speeches = List.copyOf(speeches);
            summary = List.copyOf(summary);
            chairs = List.copyOf(chairs);
        }
    }

    /** An introduction: who speaks (empty for the floor) and in what role. */
    record Intro(Optional<Draft.Speaker> speaker, Grammar.Role role) {
    }

    static Split split(List<Article.Block> blocks, Grammar grammar) {
        return new SpeechReader(grammar, People.of(blocks, grammar)).split(blocks);
    }

    private Split split(List<Article.Block> blocks) {
        Reading reading = new Reading();
        for (Article.Block block : blocks) {
            List<String> sentences = Sentences.split(Sentences.prepare(block.text()));
            if (sentences.isEmpty() || block.kind() == Article.Block.Kind.HEADING) {
                continue;
            }
            if (block.kind() == Article.Block.Kind.CAPTION) {
                reading.caption(sentences.get(0));
            } else {
                reading.paragraph(block.text(), sentences);
            }
        }
        reading.close();
        return new Split(reading.speeches, reading.summary, reading.chairs);
    }

    /** The report read so far: the speeches closed, the event's paragraphs, the chairs, the speech open. */
    private final class Reading {
        final List<Draft.Speech> speeches = new ArrayList<>();
        final List<String> summary = new ArrayList<>();
        final List<Draft.Speaker> chairs = new ArrayList<>();
        Open current;

        Optional<Draft.Speaker> speaking() {
            return current == null ? Optional.empty() : current.speaker;
        }

        /** A caption that says who spoke starts that person's speech, unless it is the one open. */
        void caption(String first) {
            Optional<Intro> intro = intro(first, speaking()).filter(i -> i.speaker().isPresent());
            if (intro.isPresent() && (current == null || !same(current.speaker, intro.get().speaker()))) {
                open(intro.get(), true);
            }
        }

        void paragraph(String text, List<String> sentences) {
            String first = sentences.get(0);
            if (grammar.attendance(first) || grammar.chair(first)) {
                if (grammar.chair(first)) {
                    chairs(first, chairs);
                }
                summary.add(text);
                return;
            }
            Grammar.Role floor = new Grammar.Role("discussion", grammar.discussionWord(), true);
            Optional<Intro> intro = grammar.discussion(text) ? Optional.of(new Intro(Optional.empty(), floor))
                    : intro(first, speaking());
            if (intro.isEmpty() && sentences.size() > 1 && grammar.mentions(first).isEmpty()) {
                intro = intro(sentences.get(1), speaking());
            }
            if (intro.isPresent()) {
                boolean sameSpeaker = current != null && same(current.speaker, intro.get().speaker());
                if (sameSpeaker && (current.body.isEmpty() || !current.role.stated())) {
                    current.take(intro.get().role());
                } else if (current == null || startsNew(current, intro.get())) {
                    open(intro.get(), false);
                }
            } else if (current != null && grammar.aboutTheEvent(first)) {
                summary.add(text);
                return;
            }
            (current == null ? summary : current.body).add(text);
        }

        void open(Intro intro, boolean fromCaption) {
            close();
            current = new Open(intro, fromCaption);
        }

        void close() {
            if (current != null) {
                speeches.add(new Draft.Speech(current.speaker, current.role.role(), current.role.word(), current.body,
                        current.fromCaption && current.body.isEmpty()));
            }
            current = null;
        }
    }

    /** The introduction a sentence makes, if it says who is speaking. */
    private Optional<Intro> intro(String sentence, Optional<Draft.Speaker> current) {
        if (grammar.attendance(sentence)) {
            return Optional.empty();
        }
        for (Mention m : grammar.mentions(sentence)) {
            Optional<Grammar.Role> role = grammar.speechAct(sentence, m);
            if (role.isPresent()) {
                Optional<Draft.Speaker> speaker = people.resolve(m, current);
                return speaker.map(s -> new Intro(Optional.of(s), role.get()));
            }
        }
        return Optional.empty();
    }

    private void chairs(String sentence, List<Draft.Speaker> chairs) {
        for (Mention m : grammar.mentions(sentence)) {
            if (m.kind() == Mention.Kind.NAMED) {
                people.resolve(m, Optional.empty()).filter(p -> chairs.stream().noneMatch(c -> same(
                        Optional.of(c), Optional.of(p)))).ifPresent(chairs::add);
            }
        }
    }

    /** A new speech begins with another speaker, or the same speaker in a role the report states anew. */
    private static boolean startsNew(Open current, Intro next) {
        boolean newRole = next.role().stated() && !next.role().role().equals(current.role.role());
        return !same(current.speaker, next.speaker()) || newRole;
    }

    private static boolean same(Optional<Draft.Speaker> a, Optional<Draft.Speaker> b) {
        return a.map(s -> Ids.fold(s.name())).equals(b.map(s -> Ids.fold(s.name())));
    }

    /** The speech being read. */
    private static final class Open {
        final Optional<Draft.Speaker> speaker;
        final boolean fromCaption;
        final List<String> body = new ArrayList<>();
        Grammar.Role role;

        Open(Intro intro, boolean fromCaption) {
            this.speaker = intro.speaker();
            this.role = intro.role();
            this.fromCaption = fromCaption;
        }

        /** A caption said who spoke; the paragraph that follows says in what role. */
        void take(Grammar.Role stated) {
            if (stated.stated() || !role.stated()) {
                role = stated;
            }
        }
    }
}
