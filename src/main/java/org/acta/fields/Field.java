package org.acta.fields;

import java.util.Optional;

/**
 * One field of the content format, declared once: its name as written in YAML, what it holds,
 * whether it must be there, and one line saying what it means, in the editors' guide's words
 * (Markdown). {@code requirementNote} qualifies a requirement that has an exception.
 */
public record Field(String name, FieldType type, boolean required, String meaning, Optional<String> requirementNote) {
    public static Field required(String name, FieldType type, String meaning) {
        return new Field(name, type, true, meaning, Optional.empty());
    }

    /** A field required but for a case that {@code note} explains ("but see [Extensions](…)"). */
    public static Field requiredExcept(String name, FieldType type, String meaning, String note) {
        return new Field(name, type, true, meaning, Optional.of(note));
    }

    public static Field optional(String name, FieldType type, String meaning) {
        return new Field(name, type, false, meaning, Optional.empty());
    }
}
