package org.acta.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.diag.Diagnostic;
import org.acta.model.Ids;

/**
 * The people and organizations a content folder already has, by name, so an import reuses them
 * instead of writing a second file for the same person. A file that cannot be read is left out
 * with a warning at its line ({@code acta check} reports it too); a link is not followed.
 */
final class KnownContent {
    private final ContentFolder folder;
    private final List<Diagnostic> warnings = new ArrayList<>();
    /** id → names (name and short name) */
    private final Map<String, List<String>> organizations = new LinkedHashMap<>();
    /** folded name → id */
    private final Map<String, String> people = new LinkedHashMap<>();

    KnownContent(ContentFolder folder) {
        this.folder = folder;
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String file : folder.yamlFiles("organizations", warnings)) {
            read(yaml, file).ifPresent(node -> {
                List<String> names = new ArrayList<>();
                for (String field : List.of("name", "short_name")) {
                    if (node.hasNonNull(field)) {
                        names.add(nfc(node.get(field).asText()));
                    }
                }
                organizations.put(id(file), names);
            });
        }
        for (String file : folder.yamlFiles("people", warnings)) {
            read(yaml, file).filter(n -> n.hasNonNull("name"))
                    .ifPresent(node -> people.put(Ids.fold(nfc(node.get("name").asText())).strip(), id(file)));
        }
    }

    private Optional<JsonNode> read(ObjectMapper yaml, String file) {
        Optional<String> text = folder.read(file, warnings);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode node = yaml.readTree(text.get());
            if (node != null && node.isObject()) {
                return Optional.of(node);
            }
            warnings.add(Diagnostic.warning(folder.shown(file), 1, "not a YAML mapping, so the import does not "
                    + "reuse it"));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            warnings.add(Diagnostic.warning(folder.shown(file), line, "cannot be read as YAML, so the import does not "
                    + "reuse it: " + problem(e.getOriginalMessage())));
        }
        return Optional.empty();
    }

    /** The parser's message without its excerpt of the file: "while parsing …: expected …". */
    private static String problem(String message) {
        return String.join(": ", message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).toList());
    }

    private static String id(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** The files that could not be read, each with its line. */
    List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    List<String> organizationNames() {
        return organizations.values().stream().flatMap(List::stream).toList();
    }

    /** The organization a name refers to: the same name or short name, or the same with a place added. */
    Optional<String> organization(String name) {
        for (Map.Entry<String, List<String>> e : organizations.entrySet()) {
            for (String known : e.getValue()) {
                if (Ids.fold(known).equals(Ids.fold(name))) {
                    return Optional.of(e.getKey());
                }
            }
        }
        for (Map.Entry<String, List<String>> e : organizations.entrySet()) {
            for (String known : e.getValue()) {
                if (OrgNames.same(known, name)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> person(String name) {
        return Optional.ofNullable(people.get(Ids.fold(name).strip()));
    }

    /** Records an item written by this import, so later names in the same import find it. */
    void addOrganization(String id, List<String> names) {
        organizations.put(id, List.copyOf(names));
    }

    void addPerson(String id, String name) {
        people.put(Ids.fold(name).strip(), id);
    }

    boolean exists(String relative) {
        return folder.exists(relative);
    }

    Optional<String> read(String relative) {
        return folder.read(relative, warnings);
    }
}
