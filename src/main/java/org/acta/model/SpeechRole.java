package org.acta.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a speech was for, in the order they usually come. */
public enum SpeechRole {
    OPENING("opening"), KEYNOTE("keynote"), DISCUSSION("discussion"), REMARKS("remarks"), CONCLUSION("conclusion");

    private final String id;

    SpeechRole(String id) {
        this.id = id;
    }

    /** As written in front matter. */
    public String id() {
        return id;
    }

    public static Optional<SpeechRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SpeechRole::id).toList();
    }
}
