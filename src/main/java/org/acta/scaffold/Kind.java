package org.acta.scaffold;

import java.util.Locale;
import java.util.Optional;

/** The kinds of content a new file can be made for, by the name an editor types. */
public enum Kind {
    EVENT, SPEECH, TASK, PERSON, ORGANIZATION, DOCUMENT, PAGE;

    /** "speech" → SPEECH. */
    public static Optional<Kind> named(String name) {
        for (Kind kind : values()) {
            if (kind.word().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Speeches and tasks belong to an event. */
    public boolean needsEvent() {
        return this == SPEECH || this == TASK;
    }

    /**
     * The field that names an item of this kind, for the kinds whose new file can be made from a
     * name or title ({@code acta new person "Nguyễn Văn A"}): {@code name} or {@code title}.
     */
    public Optional<String> nameField() {
        return switch (this) {
            case PERSON, ORGANIZATION -> Optional.of("name");
            case EVENT, DOCUMENT -> Optional.of("title");
            case SPEECH, TASK, PAGE -> Optional.empty();
        };
    }
}
