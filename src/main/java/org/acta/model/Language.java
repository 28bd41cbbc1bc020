package org.acta.model;

/** The interface language of a site: its strings and its formats of dates and numbers. */
public enum Language {
    VI("vi"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 code, as written in site.yaml and in {@code <html lang>}. */
    public String code() {
        return code;
    }
}
