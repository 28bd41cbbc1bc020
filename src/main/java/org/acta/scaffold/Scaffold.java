package org.acta.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.acta.model.Ids;

/**
 * Writes a new content file for an editor to fill in: every required field with a value that
 * builds, the useful optional fields commented out with an example, today's date where a date is
 * due. It refuses an id that is not valid or already taken, and never overwrites a file.
 */
public final class Scaffold {
    /** Addresses the site uses already, which a free page cannot take. */
    static final Set<String> RESERVED_PAGE_IDS = Set.of("events", "tasks", "people", "organizations", "documents",
            "tags", "search", "static", "assets", "404");

    private final Path source;
    private final String sourceDisplay;
    private final LocalDate today;

    /**
     * @param source        the content folder
     * @param sourceDisplay how the editor names it ("content"), for messages
     * @param today         the date written where a date is due
     */
    public Scaffold(Path source, String sourceDisplay, LocalDate today) {
        this.source = source;
        this.sourceDisplay = sourceDisplay.endsWith("/") ? sourceDisplay.substring(0, sourceDisplay.length() - 1)
                : sourceDisplay;
        this.today = today;
    }

    /** Why a file was not written: a message that names the bad value and what to do instead. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Writes the new file and returns its path as the editor names it ("content/tasks/x.md").
     *
     * @param event the event a speech or task belongs to
     */
    public String create(Kind kind, String id, Optional<String> event) throws Refused, IOException {
        if (!Files.isDirectory(source)) {
            throw new Refused(sourceDisplay + ": content folder not found (give another with --source)");
        }
        checkId(kind, id);
        if (kind.needsEvent() && event.isEmpty()) {
            throw new Refused("a " + kind.word() + " belongs to an event: add --event EVENT-ID" + existing("events"));
        }
        if (!kind.needsEvent() && event.isPresent()) {
            throw new Refused("--event is for a speech or a task, not for a " + kind.word());
        }
        if (event.isPresent() && !Files.isRegularFile(source.resolve("events").resolve(event.get()).resolve("index.md"))) {
            throw new Refused("no event '" + event.get() + "' in " + sourceDisplay + "/events/" + existing("events"));
        }
        String relative = relativePath(kind, id, event);
        Path file = source.resolve(relative);
        if (kind == Kind.EVENT && Files.exists(file.getParent())) {
            throw new Refused(sourceDisplay + "/events/" + id + "/ already exists: choose another id, or edit "
                    + sourceDisplay + "/" + relative);
        }
        if (Files.exists(file)) {
            throw new Refused(sourceDisplay + "/" + relative + " already exists: choose another id, or edit that file");
        }
        String text = new Templates(id, today, this::firstId, event).text(kind, nextOrder(event));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return sourceDisplay + "/" + relative;
    }

    private static void checkId(Kind kind, String id) throws Refused {
        if (!Ids.isValid(id)) {
            String folded = Ids.slug(id);
            throw new Refused("not a valid id: '" + id + "' (ids are lowercase ASCII letters, digits and hyphens"
                    + (folded.isEmpty() ? ", such as 'ket-luan')" : ": try '" + folded + "')"));
        }
        if (kind == Kind.SPEECH && id.equals("index")) {
            throw new Refused("'index' is the event's own file, not a speech id: choose another id");
        }
        if (kind == Kind.PAGE && RESERVED_PAGE_IDS.contains(id)) {
            throw new Refused("a page cannot be called '" + id + "': /" + id + "/ is an address the site uses already");
        }
    }

    static String relativePath(Kind kind, String id, Optional<String> event) {
        return switch (kind) {
            case EVENT -> "events/" + id + "/index.md";
            case SPEECH -> "events/" + event.orElseThrow() + "/" + id + ".md";
            case TASK -> "tasks/" + id + ".md";
            case PERSON -> "people/" + id + ".yaml";
            case ORGANIZATION -> "organizations/" + id + ".yaml";
            case DOCUMENT -> "documents/" + id + ".md";
            case PAGE -> "pages/" + id + ".md";
        };
    }

    /** The ids in a folder of the content ("people"), in order: file names without extension, or event folders. */
    private List<String> ids(String folder) {
        Path dir = source.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> folder.equals("events") ? Files.isRegularFile(p.resolve("index.md"))
                            : Files.isRegularFile(p))
                    .map(p -> p.getFileName().toString())
                    .map(name -> folder.equals("events") ? name : name.replaceFirst("\\.[^.]*$", ""))
                    .filter(Ids::isValid).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Optional<String> firstId(String folder) {
        return ids(folder).stream().findFirst();
    }

    private String existing(String folder) {
        List<String> ids = ids(folder);
        if (ids.isEmpty()) {
            return " (there is none yet: make one with './acta new event ID')";
        }
        return " (there " + (ids.size() == 1 ? "is: " : "are: ") + String.join(", ", ids.subList(0, Math.min(8, ids.size())))
                + (ids.size() > 8 ? ", …" : "") + ")";
    }

    /** The order a new speech takes: after the speeches its event has. */
    private int nextOrder(Optional<String> event) {
        if (event.isEmpty()) {
            return 1;
        }
        try (Stream<Path> list = Files.list(source.resolve("events").resolve(event.get()))) {
            return (int) list.filter(p -> p.getFileName().toString().endsWith(".md")
                    && !p.getFileName().toString().equals("index.md")).count() + 1;
        } catch (IOException e) {
            return 1;
        }
    }
}
