package org.acta.fields;

import java.util.List;
import java.util.Optional;
import org.acta.source.ContentKind;

/**
 * What a field holds, as the binder reads it: its form, the kind of item a reference names, the
 * words a choice allows, or the fields of each nested mapping.
 */
public record FieldType(Form form, Optional<ContentKind> refers, List<String> words, Optional<FieldSet> items) {
    public FieldType {
        words = List.copyOf(words);
    }

    /** The shapes a value can take; {@link #form()} says which one a field has. */
    public enum Form {
        TEXT, MARKDOWN, DATE, NUMBER, WHOLE_NUMBER, CHOICE, BOOLEAN, WEB_ADDRESS, ASSET_PATH,
        /** A document id, a site address or a web address. */
        EVIDENCE,
        /** A year, a quarter or a month: {@code 2024}, {@code 2024-Q1}, {@code 2024-03}. */
        PERIOD,
        /** One id of the kind {@link #refers()}. */
        REFERENCE,
        /** A list of ids of the kind {@link #refers()}. */
        REFERENCES, TEXTS, MARKDOWNS,
        /** A list of ids of the item's own kind, which name no other item: the ids it had before. */
        IDS,
        /** A list of the site's own addresses: {@code /events/x/}. */
        ADDRESSES,
        /** One mapping with the fields {@link #items()}. */
        MAPPING,
        /** A list of mappings, each with the fields {@link #items()}. */
        MAPPINGS
    }

    private static FieldType of(Form form) {
        return new FieldType(form, Optional.empty(), List.of(), Optional.empty());
    }

    public static FieldType text() {
        return of(Form.TEXT);
    }

    public static FieldType markdown() {
        return of(Form.MARKDOWN);
    }

    public static FieldType date() {
        return of(Form.DATE);
    }

    public static FieldType number() {
        return of(Form.NUMBER);
    }

    public static FieldType wholeNumber() {
        return of(Form.WHOLE_NUMBER);
    }

    public static FieldType bool() {
        return of(Form.BOOLEAN);
    }

    public static FieldType webAddress() {
        return of(Form.WEB_ADDRESS);
    }

    public static FieldType assetPath() {
        return of(Form.ASSET_PATH);
    }

    public static FieldType evidence() {
        return of(Form.EVIDENCE);
    }

    public static FieldType period() {
        return of(Form.PERIOD);
    }

    public static FieldType texts() {
        return of(Form.TEXTS);
    }

    public static FieldType markdowns() {
        return of(Form.MARKDOWNS);
    }

    public static FieldType ids() {
        return of(Form.IDS);
    }

    public static FieldType addresses() {
        return of(Form.ADDRESSES);
    }

    /** One of {@code words}, as written in messages ("one of: open, in-progress, …"). */
    public static FieldType choice(List<String> words) {
        return new FieldType(Form.CHOICE, Optional.empty(), words, Optional.empty());
    }

    public static FieldType reference(ContentKind kind) {
        return new FieldType(Form.REFERENCE, Optional.of(kind), List.of(), Optional.empty());
    }

    public static FieldType references(ContentKind kind) {
        return new FieldType(Form.REFERENCES, Optional.of(kind), List.of(), Optional.empty());
    }

    public static FieldType mapping(FieldSet fields) {
        return new FieldType(Form.MAPPING, Optional.empty(), List.of(), Optional.of(fields));
    }

    public static FieldType mappings(FieldSet fields) {
        return new FieldType(Form.MAPPINGS, Optional.empty(), List.of(), Optional.of(fields));
    }
}
