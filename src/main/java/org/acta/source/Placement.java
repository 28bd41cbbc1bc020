package org.acta.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file stands in the content layout, and so what it is.
 *
 * @param kind      empty for an asset
 * @param name      the file name without extension (the event folder's name for an event)
 * @param extension ".md" or ".yaml", as the file has it
 * @param event     for a speech, its event folder
 */
record Placement(Optional<ContentKind> kind, String name, String extension, Optional<String> event) {

    boolean markdown() {
        return extension.equals(".md");
    }

    /** What to rename the file (or, for an event, its folder) to, for a valid id. */
    String renamed(String id) {
        return kind.filter(k -> k == ContentKind.EVENT).isPresent() ? id : id + extension;
    }

    static Optional<Placement> of(Path relative) {
        int depth = relative.getNameCount();
        String top = relative.getName(0).toString();
        String file = relative.getFileName().toString();
        if (top.equals("assets") && depth > 1) {
            return Optional.of(new Placement(Optional.empty(), file, "", Optional.empty()));
        }
        if (depth == 1) {
            return file.equals("site.yaml")
                    ? Optional.of(new Placement(Optional.of(ContentKind.SITE), "site", ".yaml", Optional.empty()))
                    : Optional.empty();
        }
        if (top.equals("events") && depth == 3) {
            String folder = relative.getName(1).toString();
            if (file.equals("index.md")) {
                return Optional.of(new Placement(Optional.of(ContentKind.EVENT), folder, ".md", Optional.empty()));
            }
            return withExtension(file, ".md", ContentKind.SPEECH, Optional.of(folder));
        }
        if (depth != 2) {
            return Optional.empty();
        }
        return switch (top) {
            case "tasks" -> withExtension(file, ".md", ContentKind.TASK, Optional.empty());
            case "documents" -> withExtension(file, ".md", ContentKind.DOCUMENT, Optional.empty());
            case "pages" -> withExtension(file, ".md", ContentKind.PAGE, Optional.empty());
            case "people" -> withExtension(file, ".yaml", ContentKind.PERSON, Optional.empty());
            case "organizations" -> withExtension(file, ".yaml", ContentKind.ORGANIZATION, Optional.empty());
            default -> Optional.empty();
        };
    }

    private static Optional<Placement> withExtension(String file, String extension, ContentKind kind,
                                                     Optional<String> event) {
        if (!file.endsWith(extension) || file.length() == extension.length()) {
            return Optional.empty();
        }
        String name = file.substring(0, file.length() - extension.length());
        return Optional.of(new Placement(Optional.of(kind), name, extension, event));
    }

    /** Why a file that fits nowhere is left out, and where it might belong. */
    static String strayMessage(Path relative) {
        String file = relative.getFileName().toString();
        String top = relative.getName(0).toString();
        if (file.endsWith(".yml")) {
            return "ignored: content files end in '.yaml', not '.yml'; rename it";
        }
        return switch (top) {
            case "events" -> "ignored: an event is a folder events/<event-id>/ with an index.md and one .md file "
                    + "per speech; put images under assets/";
            case "tasks", "documents", "pages" -> "ignored: only .md files belong in " + top + "/";
            case "people", "organizations" -> "ignored: only .yaml files belong in " + top + "/";
            default -> "ignored: not part of the content format (site.yaml, events/, tasks/, people/, "
                    + "organizations/, documents/, pages/, assets/)";
        };
    }
}
