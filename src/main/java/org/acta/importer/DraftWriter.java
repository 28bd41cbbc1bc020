package org.acta.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acta.model.Ids;

/**
 * Writes a draft to the content folder in the contract's format, every item marked
 * {@code draft: true} and every guess marked with a TODO comment. An existing file is never
 * overwritten; a known person or organization is referred to, not written again.
 */
final class DraftWriter {
    private final Path content;
    private final String display;
    private final KnownContent known;
    private final String location;
    private final List<String> created = new ArrayList<>();
    private final List<String> reused = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();

    DraftWriter(Path content, String display, KnownContent known, String location) {
        this.content = content;
        this.display = display;
        this.known = known;
        this.location = location;
    }

    ImportResult write(Draft draft) throws ImportException {
        try {
            return writeAll(draft);
        } catch (UncheckedIOException e) {
            throw new ImportException(display + ": cannot write the draft: " + e.getCause().getMessage(), e);
        }
    }

    private ImportResult writeAll(Draft draft) {
        Draft.Event event = draft.event();
        String eventId = eventId(draft);
        List<String> participants = new ArrayList<>();
        for (String name : event.participants()) {
            addOnce(participants, organization(name));
        }
        List<String> organizers = new ArrayList<>();
        for (String name : event.organizers()) {
            addOnce(organizers, organization(name));
        }
        List<String> speechIds = new ArrayList<>();
        List<Optional<String>> speakerIds = new ArrayList<>();
        Set<String> usedSpeechIds = new HashSet<>();
        for (Draft.Speech s : draft.speeches()) {
            Optional<String> speaker = s.speaker().map(this::person);
            speakerIds.add(speaker);
            String id = unique(speechId(s, speaker), usedSpeechIds);
            speechIds.add(id);
        }
        for (int i = 0; i < draft.speeches().size(); i++) {
            writeSpeech(eventId, draft, i, speechIds.get(i), speakerIds.get(i));
        }
        for (Draft.Task task : draft.tasks()) {
            writeTask(eventId, draft, task, speechIds.get(task.speech()), speakerIds.get(task.speech()));
        }
        writeEvent(eventId, draft, organizers, participants, speechIds);
        checks.addAll(draft.checks());
        return new ImportResult(display + "/events/" + eventId + "/index.md", created, reused, kept, checks);
    }

    // ---- ids and references

    private String eventId(Draft draft) {
        String base = cap(Ids.slug(draft.event().title()), 80);
        String sourceLine = "title: " + Yaml.quote(draft.article().title());
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            Optional<String> existing = known.read("events/" + id + "/index.md");
            if (existing.isEmpty() || existing.get().contains(sourceLine)) {
                return id;
            }
        }
    }

    private String organization(String name) {
        Optional<String> id = known.organization(name);
        if (id.isPresent()) {
            addOnce(reused, display + "/organizations/" + id.get() + ".yaml");
            return id.get();
        }
        String base = cap(Ids.slug(name), 60);
        String fresh = base;
        for (int n = 2; known.exists("organizations/" + fresh + ".yaml"); n++) {
            fresh = base + "-" + n;
        }
        known.addOrganization(fresh, name);
        writeFile("organizations/" + fresh + ".yaml", header("kiểm tra tên đầy đủ; thêm short_name, parent và kind "
                + "nếu biết") + "draft: true\nname: " + Yaml.quote(name) + "\n");
        return fresh;
    }

    private String person(Draft.Speaker speaker) {
        Optional<String> id = known.person(speaker.name());
        if (id.isPresent()) {
            addOnce(reused, display + "/people/" + id.get() + ".yaml");
            return id.get();
        }
        String base = Ids.slug(speaker.name());
        String fresh = base;
        for (int n = 2; known.exists("people/" + fresh + ".yaml"); n++) {
            fresh = base + "-" + n;
        }
        StringBuilder yaml = new StringBuilder(header("kiểm tra tên và chức vụ; thêm from/to cho chức vụ nếu biết"))
                .append("draft: true\nname: ").append(Yaml.quote(speaker.name())).append('\n');
        speaker.position().ifPresent(p -> {
            yaml.append("positions:\n  - title: ").append(Yaml.quote(p)).append('\n');
            OrgNames.within(Sentences.prepare(p), known.organizationNames()).map(Sentences::restore)
                    .map(this::organization).ifPresent(org -> yaml.append("    organization: ").append(org).append('\n'));
        });
        known.addPerson(fresh, speaker.name());
        writeFile("people/" + fresh + ".yaml", yaml.toString());
        return fresh;
    }

    private static String speechId(Draft.Speech s, Optional<String> speaker) {
        String who = speaker.map(id -> "-" + id).orElse("");
        return switch (s.roleWord()) {
            case "đề dẫn" -> "de-dan";
            case "khai mạc" -> "khai-mac";
            case "kết luận", "bế mạc" -> "ket-luan";
            case "ý kiến trao đổi" -> "y-kien-thao-luan";
            default -> Ids.slug(s.roleWord()) + who;
        };
    }

    // ---- files

    private void writeEvent(String eventId, Draft draft, List<String> organizers, List<String> participants,
                            List<String> speechIds) {
        Draft.Event event = draft.event();
        Article article = draft.article();
        StringBuilder y = new StringBuilder("---\n").append(header("kiểm tra mọi trường; giải quyết các ghi chú TODO"))
                .append("draft: true\n");
        if (!event.titleFound()) {
            y.append("# TODO: bản tin không nêu tên Hội nghị; tiêu đề dưới đây là tiêu đề bản tin, hãy sửa lại\n");
        }
        y.append("title: ").append(Yaml.quote(event.title())).append('\n');
        if (event.date().isUnknown()) {
            y.append("# TODO: tìm ngày tổ chức trong nguồn khác, nếu có\n");
        }
        y.append("date: ").append(event.date()).append('\n');
        y.append("date_note: ").append(Yaml.quote(event.dateNote())).append('\n');
        event.kind().ifPresent(k -> y.append("kind: ").append(Yaml.quote(k)).append('\n'));
        event.location().ifPresentOrElse(l -> y.append("location: ").append(Yaml.quote(l)).append('\n'),
                () -> y.append("# TODO: bản tin không ghi địa điểm\n"));
        list(y, "organizers", organizers);
        list(y, "participants", participants);
        if (!event.unnamedParticipants().isEmpty()) {
            y.append("# TODO: thành phần dự không nêu tên đơn vị, chưa ghi vào participants: ")
                    .append(String.join("; ", event.unnamedParticipants())).append('\n');
        }
        if (!draft.figures().isEmpty()) {
            y.append("# TODO: kiểm tra nhãn, giá trị và đơn vị của từng số liệu với câu gốc ghi kèm\nfigures:\n");
            for (Draft.Figure f : draft.figures()) {
                y.append("  - label: ").append(Yaml.quote(f.label())).append('\n')
                        .append("    value: ").append(f.value().stripTrailingZeros().toPlainString()).append('\n');
                f.unit().ifPresent(u -> y.append("    unit: ").append(Yaml.quote(u)).append('\n'));
                f.qualifier().ifPresent(q -> y.append("    note: ").append(Yaml.quote(q)).append('\n'));
                y.append("    # bản tin: ").append(Yaml.comment(f.written())).append('\n');
            }
        }
        y.append("# TODO: conclusions và tags: viết từ phần kết luận\nsource:\n  title: ")
                .append(Yaml.quote(article.title())).append('\n');
        article.url().ifPresent(u -> y.append("  url: ").append(Yaml.quote(u)).append('\n'));
        article.publisher().ifPresent(p -> y.append("  publisher: ").append(Yaml.quote(p)).append('\n'));
        article.published().ifPresent(d -> y.append("  date: ").append(d).append('\n'));
        y.append("---\n\n").append(notice(article)).append("\n\n");
        y.append("<!-- TODO: viết lại phần tóm tắt; dưới đây là các đoạn mở đầu của bản tin. -->\n\n");
        for (String p : event.summary()) {
            y.append(Markdown.paragraph(p)).append("\n\n");
        }
        if (!speechIds.isEmpty()) {
            y.append("## Các phát biểu\n\n");
            for (int i = 0; i < speechIds.size(); i++) {
                Draft.Speech s = draft.speeches().get(i);
                y.append("- [").append(Markdown.text(speechTitle(s))).append("](/events/").append(eventId).append('/')
                        .append(speechIds.get(i)).append("/)\n");
            }
        }
        writeFile("events/" + eventId + "/index.md", y.toString());
    }

    private void writeSpeech(String eventId, Draft draft, int index, String id, Optional<String> speaker) {
        Draft.Speech s = draft.speeches().get(index);
        StringBuilder y = new StringBuilder("---\n").append(header("kiểm tra người nói, vai trò và các đoạn thuộc "
                + "phát biểu này")).append("draft: true\ntitle: ").append(Yaml.quote(speechTitle(s))).append('\n');
        speaker.ifPresentOrElse(p -> y.append("speaker: ").append(p).append('\n'),
                () -> y.append("speaker_note: \"Các đại biểu dự Hội nghị\"\n"));
        y.append("role: ").append(s.role()).append("    # bản tin: “").append(s.roleWord()).append("”\n");
        s.speaker().flatMap(Draft.Speaker::position)
                .ifPresent(p -> y.append("position: ").append(Yaml.quote(p)).append('\n'));
        y.append("order: ").append(index + 1).append('\n');
        y.append("# TODO: summary: một hai câu tóm tắt phát biểu\n---\n\n").append(notice(draft.article()))
                .append("\n\n<!-- TODO: các đoạn dưới đây được gán cho phát biểu này theo thứ tự trong bản tin; "
                        + "kiểm tra đoạn đầu và đoạn cuối. -->\n\n");
        for (String p : s.paragraphs()) {
            y.append(Markdown.paragraph(p)).append("\n\n");
        }
        writeFile("events/" + eventId + "/" + id + ".md", y.toString());
    }

    private void writeTask(String eventId, Draft draft, Draft.Task task, String speechId, Optional<String> by) {
        String assignee = organization(task.assignee());
        List<String> partners = new ArrayList<>();
        task.partners().forEach(p -> addOnce(partners, organization(p)));
        String base = cap(Ids.slug(task.title()), 60);
        String id = base;
        for (int n = 2; ; n++) {
            Optional<String> existing = known.read("tasks/" + id + ".md");
            if (existing.isEmpty() || existing.get().contains("event: " + eventId + "\n")
                    && existing.get().contains("title: " + Yaml.quote(task.title()))) {
                break;
            }
            id = base + "-" + n;
        }
        StringBuilder y = new StringBuilder("---\n").append(header("kiểm tra cơ quan được giao, thời hạn và chỉ tiêu "
                + "với câu gốc")).append("draft: true\ntitle: ").append(Yaml.quote(task.title())).append('\n')
                .append("event: ").append(eventId).append("\nspeech: ").append(speechId).append('\n');
        by.ifPresent(p -> y.append("assigned_by: ").append(p).append('\n'));
        y.append("assignee: ").append(assignee).append("    # bản tin: “").append(Yaml.comment(task.assignee()))
                .append("”\n");
        list(y, "partners", partners);
        task.due().ifPresent(d -> y.append("due: ").append(d).append('\n'));
        task.recurrence().ifPresent(r -> y.append("recurrence: ").append(r).append('\n'));
        task.target().ifPresent(t -> y.append("target:\n  value: ").append(t.value().toPlainString())
                .append("\n  unit: ").append(Yaml.quote(t.unit())).append('\n'));
        y.append("status: open\n---\n\n").append(notice(draft.article())).append("\n\n")
                .append("Nhiệm vụ được giao trong phát biểu [").append(Markdown.text(speechTitle(
                        draft.speeches().get(task.speech())))).append("](/events/").append(eventId).append('/')
                .append(speechId).append("/). Bản tin viết:\n\n> ").append(Markdown.text(task.quote())).append("\n");
        writeFile("tasks/" + id + ".md", y.toString());
    }

    static String speechTitle(Draft.Speech s) {
        String who = s.speaker().map(p -> " của đồng chí " + p.name()).orElse("");
        return switch (s.roleWord()) {
            case "ý kiến trao đổi" -> "Ý kiến trao đổi tại Hội nghị";
            case "phát biểu" -> "Phát biểu" + who;
            default -> Sentences.capitalise("phát biểu " + s.roleWord()) + who;
        };
    }

    private String header(String what) {
        return "# Bản nháp do `acta import` tạo từ " + Yaml.comment(location) + "\n# TODO: " + what
                + "; xong thì xóa dòng draft: true\n";
    }

    private static String notice(Article article) {
        return "> **Bản nháp** — nhập tự động từ bản tin “" + Markdown.text(article.title())
                + "”, chưa được biên tập viên kiểm tra.";
    }

    private static void list(StringBuilder y, String field, List<String> ids) {
        if (!ids.isEmpty()) {
            y.append(field).append(":\n");
            ids.forEach(id -> y.append("  - ").append(id).append('\n'));
        }
    }

    private void writeFile(String relative, String text) {
        Path file = content.resolve(relative);
        String shown = display + "/" + relative;
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            created.add(shown);
        } catch (FileAlreadyExistsException e) {
            addOnce(kept, shown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(String id, Set<String> used) {
        String fresh = id;
        for (int n = 2; !used.add(fresh); n++) {
            fresh = id + "-" + n;
        }
        return fresh;
    }

    private static void addOnce(List<String> list, String item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /** An id no longer than {@code max}, cut at a hyphen. */
    static String cap(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        int cut = id.lastIndexOf('-', max);
        return id.substring(0, cut > 0 ? cut : max);
    }

    /** YAML text as the contract's examples write it: double-quoted. */
    static final class Yaml {
        private Yaml() {
        }

        static String quote(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }

        static String comment(String text) {
            return text.replace('\n', ' ');
        }
    }

    /** Report text as Markdown that reads the same: characters Markdown would take as syntax are escaped. */
    static final class Markdown {
        private Markdown() {
        }

        static String text(String text) {
            return text.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
        }

        static String paragraph(String text) {
            String escaped = text(text);
            return escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2").replaceFirst("^([#+=>-])", "\\\\$1");
        }
    }

}
