package org.acta.model;

/** Markdown source text, with the place its first line stands in the editor's file. */
public record Markdown(String text, Origin origin) {

    public static Markdown empty(Origin origin) {
        return new Markdown("", origin);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
