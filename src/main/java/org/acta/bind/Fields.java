package org.acta.bind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.acta.diag.Messages;
import org.acta.diag.Suggestions;
import org.acta.fields.Field;
import org.acta.fields.FieldSet;
import org.acta.fields.FieldType.Form;
import org.acta.model.Ids;
import org.acta.model.Markdown;
import org.acta.model.Origin;
import org.acta.model.PartialDate;
import org.acta.source.ContentKind;
import org.acta.source.SourceFile;
import org.acta.source.YamlNode;

/**
 * Reads the fields of one YAML mapping, reporting at the field's line whatever is missing or of
 * the wrong type, and collecting the references to check later. {@code context} prefixes field
 * names in messages for nested mappings ("figures[2].value").
 *
 * <p>Every field read must be one of {@code declared}, read as its declared type (the kind a
 * reference names, the words of a choice and the fields of a nested mapping come from there), and
 * only a required field can be missing: a binder that reads past its declarations fails at once,
 * in any test that binds that kind.
 *
 * <p>A file marked {@code draft: true} may leave its required fields empty, or out: each is noted
 * for the draft's warning instead of being an error. Without the mark, an empty required field is
 * an error, so that a file started by {@code acta new} is never published half written.
 */
final class Fields {
    private final YamlNode.Mapping mapping;
    private final String path;
    private final String context;
    private final Binding binding;
    private final Messages messages;
    private final FieldSet declared;
    private final boolean draft;

    /** The fields of a file, declared by {@code declared}. */
    Fields(SourceFile file, FieldSet declared, Binding binding) {
        this.mapping = file.fields();
        this.path = file.path();
        this.context = "";
        this.binding = binding;
        this.messages = binding.messages();
        this.declared = declared;
        this.draft = isDraft(file.fields());
    }

    /** A mapping nested in {@code parent}'s, named {@code context} in messages. */
    private Fields(Fields parent, YamlNode.Mapping mapping, String context, FieldSet declared) {
        this.mapping = mapping;
        this.path = parent.path;
        this.context = context;
        this.binding = parent.binding;
        this.messages = parent.messages;
        this.declared = declared;
        this.draft = parent.draft;
    }

    /** Whether a file's fields say {@code draft: true}. */
    static boolean isDraft(YamlNode.Mapping fields) {
        return fields.get("draft").filter(v -> v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN
                && s.text().strip().equalsIgnoreCase("true")).isPresent();
    }

    /** Whether the file is a draft, which may leave required fields empty. */
    boolean draft() {
        return draft;
    }

    private Field declared(String key) {
        return declared.field(key).orElseThrow(() -> new IllegalStateException("'" + key + "' is read but not "
                + "declared among the fields of " + declared.name() + " (org.acta.fields.ContentFields)"));
    }

    /** The declaration of {@code key}, which must be of {@code form}. */
    private Field expect(String key, Form form) {
        Field field = declared(key);
        if (field.type().form() != form) {
            throw new IllegalStateException("'" + key + "' of " + declared.name() + " is declared "
                    + field.type().form() + ", read as " + form);
        }
        return field;
    }

    String path() {
        return path;
    }

    int line() {
        return mapping.line();
    }

    Origin origin() {
        return new Origin(path, mapping.line());
    }

    String name(String key) {
        return context.isEmpty() ? key : context + "." + key;
    }

    int lineOf(String key) {
        return mapping.entry(key).map(YamlNode.Entry::keyLine).orElse(mapping.line());
    }

    void error(String key, String message) {
        binding.report().error(path, lineOf(key), message);
    }

    void warning(String key, String message) {
        binding.report().warning(path, lineOf(key), message);
    }

    private void errorAt(YamlNode node, String message) {
        binding.report().error(path, node.line(), message);
    }

    /** The value, or empty when the field is absent or written empty ({@code key:}). */
    Optional<YamlNode> value(String key) {
        declared(key);
        return mapping.get(key).filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull()));
    }

    Optional<String> text(String key) {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(scalar.text());
        }
        String shape = value.get() instanceof YamlNode.Sequence ? "bind.one.list" : "bind.one.fields";
        error(key, messages.text(shape, "field", name(key), "key", key));
        return Optional.empty();
    }

    /**
     * An address outside the site. Only http and https: a {@code javascript:} or {@code data:}
     * address in a link would run a script when a reader clicks it.
     */
    Optional<String> url(String key) {
        expect(key, Form.WEB_ADDRESS);
        return text(key).map(String::strip).filter(url -> {
            if (isWebAddress(url)) {
                return true;
            }
            error(key, "'" + name(key) + "' must be a web address starting with https:// or http://, found '"
                    + url + "'");
            return false;
        });
    }

    private static final java.util.regex.Pattern WEB_ADDRESS =
            java.util.regex.Pattern.compile("(?i)https?://[^\\s/?#\\\\@]+(?:[/?#]\\S*)?");

    static boolean isWebAddress(String url) {
        return WEB_ADDRESS.matcher(url).matches();
    }

    String requiredText(String key, String fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty() && (value(key).isEmpty() || value(key).get() instanceof YamlNode.Scalar)) {
            missing(key);
        }
        return text.orElse(fallback);
    }

    void missing(String key) {
        missing(key, "");
    }

    /** A required field missing or empty: an error with {@code hint} after it, or, in a draft, noted. */
    void missing(String key, String hint) {
        if (!declared(key).required()) {
            throw new IllegalStateException("'" + key + "' of " + declared.name() + " is not declared required");
        }
        if (draft) {
            binding.leftEmpty(path, lineOf(key), name(key));
            return;
        }
        boolean present = mapping.entry(key).isPresent();
        binding.report().error(path, lineOf(key), (present
                ? "required field '" + name(key) + "' is empty"
                : "missing required field '" + name(key) + "'") + hint);
    }

    Optional<Markdown> markdown(String key) {
        expect(key, Form.MARKDOWN);
        int line = value(key).map(YamlNode::line).orElse(line());
        return text(key).map(t -> new Markdown(t, new Origin(path, line)));
    }

    Optional<PartialDate> date(String key) {
        expect(key, Form.DATE);
        return text(key).flatMap(text -> {
            Optional<PartialDate> date = PartialDate.parse(text);
            if (date.isEmpty()) {
                List<String> guesses = Suggestions.dates(text);
                error(key, switch (guesses.size()) {
                    case 0 -> messages.text("bind.date", "field", name(key), "written", text);
                    case 1 -> messages.text("bind.date.guess", "field", name(key), "written", text,
                            "guess", guesses.get(0));
                    default -> messages.text("bind.date.guesses", "field", name(key), "written", text,
                            "guess", guesses.get(0), "other", guesses.get(1));
                });
            }
            return date;
        });
    }

    /** A date that must be known: {@code unknown} is refused where it has no meaning. */
    Optional<PartialDate> knownDate(String key) {
        Optional<PartialDate> date = date(key);
        if (date.isPresent() && date.get().isUnknown()) {
            error(key, "'" + name(key) + "' cannot be 'unknown'; leave the field out instead");
            return Optional.empty();
        }
        return date;
    }

    Optional<BigDecimal> number(String key) {
        expect(key, Form.NUMBER);
        return numberOf(key);
    }

    private Optional<BigDecimal> numberOf(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof YamlNode.Scalar s && (s.type() == YamlNode.ScalarType.INTEGER
                    || s.type() == YamlNode.ScalarType.DECIMAL)) {
                try {
                    return Optional.of(new BigDecimal(s.text().replace("_", "")));
                } catch (NumberFormatException e) {
                    // falls through to the error below
                }
            }
            String shown = value instanceof YamlNode.Scalar s ? "'" + s.text() + "'" : "a " + value.describe();
            error(key, "'" + name(key) + "' should be a number such as 138090 or 2.2 (no thousands separators), "
                    + "found " + shown);
            return Optional.empty();
        });
    }

    Optional<Integer> integer(String key) {
        expect(key, Form.WHOLE_NUMBER);
        return numberOf(key).flatMap(n -> {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                error(key, "'" + name(key) + "' should be a whole number, found " + n.toPlainString());
                return Optional.empty();
            }
        });
    }

    /** A value from the declared list of words, with the closest word suggested. */
    <T> Optional<T> choice(String key, Function<String, Optional<T>> parse) {
        List<String> words = expect(key, Form.CHOICE).type().words();
        return text(key).flatMap(text -> {
            Optional<T> chosen = parse.apply(text.strip());
            if (chosen.isEmpty()) {
                error(key, "'" + name(key) + "' cannot be '" + text + "' (one of: " + String.join(", ", words) + ")"
                        + Suggestions.suggestion(text, words));
            }
            return chosen;
        });
    }

    /** A reference to one item, checked later against the ids of its declared kind. */
    Optional<String> ref(String key) {
        ContentKind kind = expect(key, Form.REFERENCE).type().refers().orElseThrow();
        Optional<String> id = text(key).map(String::strip);
        id.ifPresent(i -> binding.refer(new Ref(kind, i, path, value(key).map(YamlNode::line).orElse(line()),
                name(key))));
        return id;
    }

    /** A list of references; a single id is accepted as a list of one. */
    List<String> refs(String key) {
        ContentKind kind = expect(key, Form.REFERENCES).type().refers().orElseThrow();
        List<String> ids = new ArrayList<>();
        for (YamlNode item : items(key)) {
            if (item instanceof YamlNode.Scalar s && s.text().contains(",")) {
                List<String> written = java.util.Arrays.stream(s.text().split(",")).map(String::strip).toList();
                errorAt(item, messages.text("bind.list.commas", "field", name(key),
                        "fix", key + ": [" + String.join(", ", written) + "]"));
            } else if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                String id = s.text().strip();
                ids.add(id);
                binding.refer(new Ref(kind, id, path, item.line(), name(key)));
            } else {
                notText(key, item, "each item of '" + name(key) + "' should be a " + kind.noun() + " id, found a "
                        + item.describe());
            }
        }
        return ids;
    }

    /**
     * An item that should be text but is not: one written {@code - Kết luận: …} is read as a field
     * because of its colon, and the message says to quote it; otherwise {@code otherwise}.
     */
    private void notText(String key, YamlNode item, String otherwise) {
        if (item instanceof YamlNode.Mapping m && m.entries().size() == 1 && m.entries().get(0).keyLine() == m.line()
                && m.entries().get(0).value() instanceof YamlNode.Scalar value) {
            String written = m.entries().get(0).key() + ": " + value.text();
            errorAt(item, messages.text("bind.colon.fields", "written", written, "field", name(key),
                    "fix", "- " + YamlNode.quoted(written)));
        } else {
            errorAt(item, otherwise);
        }
    }

    List<String> texts(String key) {
        expect(key, Form.TEXTS);
        List<String> texts = new ArrayList<>();
        for (YamlNode item : items(key)) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                texts.add(s.text().strip());
            } else {
                notText(key, item, "each item of '" + name(key) + "' should be text, found a " + item.describe());
            }
        }
        return texts;
    }

    List<Markdown> markdowns(String key) {
        expect(key, Form.MARKDOWNS);
        List<Markdown> texts = new ArrayList<>();
        for (YamlNode item : items(key)) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                texts.add(new Markdown(s.text(), new Origin(path, item.line())));
            } else {
                notText(key, item, "each item of '" + name(key) + "' should be text (Markdown), found a "
                        + item.describe());
            }
        }
        return texts;
    }

    /** A list of ids, each as written with its line; a single id is taken as a list of one. */
    List<YamlNode.Scalar> ids(String key) {
        expect(key, Form.IDS);
        return scalars(key, "an id");
    }

    /** A list of the site's own addresses, each as written with its line; a single one is a list of one. */
    List<YamlNode.Scalar> addresses(String key) {
        expect(key, Form.ADDRESSES);
        return scalars(key, "a site address such as /events/x/");
    }

    private List<YamlNode.Scalar> scalars(String key, String what) {
        List<YamlNode.Scalar> scalars = new ArrayList<>();
        for (YamlNode item : items(key)) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                scalars.add(s);
            } else {
                binding.report().error(path, item.line(), "each item of '" + name(key) + "' should be " + what + ", found a "
                        + item.describe());
            }
        }
        return scalars;
    }

    /** The items of a list field; a single value is taken as a list of one. */
    private List<YamlNode> items(String key) {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        if (value.get() instanceof YamlNode.Scalar) {
            return List.of(value.get());
        }
        error(key, messages.text("bind.list.fields", "field", name(key)));
        return List.of();
    }

    /** The mappings of a list-of-mappings field, each as nested fields named {@code key[n]}. */
    List<Fields> mappings(String key) {
        FieldSet itemFields = expect(key, Form.MAPPINGS).type().items().orElseThrow();
        List<Fields> result = new ArrayList<>();
        List<YamlNode> items = items(key);
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String itemName = name(key) + "[" + (i + 1) + "]";
            if (item instanceof YamlNode.Mapping m) {
                result.add(new Fields(this, m, itemName, itemFields));
            } else {
                errorAt(item, "'" + itemName + "' should be a mapping of fields ('label: …' lines), found a "
                        + item.describe());
            }
        }
        return result;
    }

    Optional<Fields> nested(String key) {
        FieldSet nestedFields = expect(key, Form.MAPPING).type().items().orElseThrow();
        Optional<YamlNode> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(this, m, name(key), nestedFields));
        }
        error(key, "'" + name(key) + "' should be a mapping of fields, found a " + value.get().describe());
        return Optional.empty();
    }

    /** Warns of every field not declared, naming the closest declared one. */
    void warnUnknown() {
        List<String> known = declared.names();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                String folded = Ids.fold(entry.key()).replace(' ', '_').replace('-', '_');
                String hint = Suggestions.suggestion(folded, known);
                binding.report().warning(path, entry.keyLine(), "unknown field '" + name(entry.key()) + "' is ignored"
                        + (hint.isEmpty() ? " (known fields: " + String.join(", ", known) + ")" : hint));
            }
        }
    }
}
