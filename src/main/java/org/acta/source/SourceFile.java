package org.acta.source;

import java.util.Optional;

/**
 * One content file, read and split: its fields as a YAML mapping with line numbers, and for
 * Markdown files the body and the line it starts on.
 *
 * @param path  the file as the editor would name it, relative to the current folder
 * @param id    the id its name gives (folded to a valid id if the name was not one; an error says so)
 * @param event for a speech, the id of the event folder it is in
 */
public record SourceFile(ContentKind kind, String id, String path, YamlNode.Mapping fields, String body,
                         int bodyLine, Optional<String> event) {
}
