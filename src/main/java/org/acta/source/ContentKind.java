package org.acta.source;

/** The kinds of file the content format knows, by where they stand in the content folder. */
public enum ContentKind {
    SITE("site settings"), EVENT("event"), SPEECH("speech"), TASK("task"), PERSON("person"),
    ORGANIZATION("organization"), DOCUMENT("document"), PAGE("page");

    private final String noun;

    ContentKind(String noun) {
        this.noun = noun;
    }

    /** The word used in messages: "unknown organization 'x'". */
    public String noun() {
        return noun;
    }
}
