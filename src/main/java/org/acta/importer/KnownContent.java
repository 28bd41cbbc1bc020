package org.acta.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.acta.model.Ids;

/**
 * The people and organizations a content folder already has, by name, so an import reuses them
 * instead of writing a second file for the same person. A file that cannot be read is left out:
 * {@code acta check} reports it.
 */
final class KnownContent {
    private final Path content;
    /** id → names (name and short name) */
    private final Map<String, List<String>> organizations = new LinkedHashMap<>();
    /** folded name → id */
    private final Map<String, String> people = new LinkedHashMap<>();

    KnownContent(Path content) {
        this.content = content;
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path file : yamlFiles("organizations")) {
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
        for (Path file : yamlFiles("people")) {
            read(yaml, file).filter(n -> n.hasNonNull("name"))
                    .ifPresent(node -> people.put(Ids.fold(nfc(node.get("name").asText())).strip(), id(file)));
        }
    }

    private List<Path> yamlFiles(String folder) {
        Path dir = content.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<JsonNode> read(ObjectMapper yaml, Path file) {
        try {
            JsonNode node = yaml.readTree(file.toFile());
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
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
    void addOrganization(String id, String name) {
        organizations.put(id, List.of(name));
    }

    void addPerson(String id, String name) {
        people.put(Ids.fold(name).strip(), id);
    }

    boolean exists(String relative) {
        return Files.exists(content.resolve(relative));
    }

    Optional<String> read(String relative) {
        try {
            return Optional.of(Files.readString(content.resolve(relative)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
