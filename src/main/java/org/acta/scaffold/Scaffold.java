package org.acta.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.acta.model.Ids;

/**
 * Writes a new content file for an editor to fill in: a draft with every required field, those it
 * cannot know left empty with a comment saying what goes there, and the useful optional fields
 * commented out with an example. A person, organization, event or document can be started from
 * its name or title, which is kept as written and folded into the id. It refuses an id that is not
 * valid or already taken, and never overwrites a file.
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
     * @param today         the date the commented examples show
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

    /** The new item's id, and the name or title it was made from. */
    private record Named(String id, Optional<String> name) {
    }

    /**
     * Writes the new file and returns its path as the editor names it ("content/tasks/x.md").
     *
     * @param written the id, or for a kind with a name or title ({@link Kind#nameField()}) the name or
     *                title: a valid id is taken as the id, anything else as the name
     * @param id      the id to use for a name or title, instead of the one folded from it
     * @param event   the event a speech or task belongs to
     */
    public String create(Kind kind, String written, Optional<String> id, Optional<String> event)
            throws Refused, IOException {
        if (!Files.isDirectory(source)) {
            throw new Refused(sourceDisplay + ": content folder not found (give another with --source)");
        }
        Named named = named(kind, written, id);
        return create(kind, named, event);
    }

    private Named named(Kind kind, String written, Optional<String> id) throws Refused {
        if (kind.nameField().isEmpty()) {
            if (id.isPresent()) {
                throw new Refused("--id goes with a name or title, which a " + kind.word() + " is not made from: "
                        + "give the id alone");
            }
            checkId(kind, written);
            return new Named(written, Optional.empty());
        }
        String name = Normalizer.normalize(written.strip(), Normalizer.Form.NFC);
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new Refused("a " + kind.nameField().get() + " is one line of text, without tabs or line breaks");
        }
        if (id.isPresent()) {
            checkId(kind, id.get());
            return new Named(id.get(), Optional.of(name));
        }
        if (Ids.isValid(name)) {
            return new Named(name, Optional.empty());
        }
        String folded = Ids.slug(name);
        if (folded.isEmpty()) {
            throw new Refused("cannot make an id from '" + written + "': it has no letters or digits; give one with "
                    + "--id");
        }
        return new Named(folded, Optional.of(name));
    }

    private String create(Kind kind, Named named, Optional<String> event) throws Refused, IOException {
        String id = named.id();
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
        String another = named.name().isPresent() ? "give this one another id with --id" : "choose another id";
        if (kind == Kind.EVENT && Files.exists(file.getParent())) {
            throw new Refused(sourceDisplay + "/events/" + id + "/ already exists: " + another + ", or edit "
                    + sourceDisplay + "/" + relative);
        }
        if (Files.exists(file)) {
            throw new Refused(sourceDisplay + "/" + relative + " already exists: " + another + ", or edit that file");
        }
        String text = new Templates(id, named.name(), today, event).text(kind, nextOrder(event));
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
