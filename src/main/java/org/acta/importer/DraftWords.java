package org.acta.importer;

import org.acta.model.Language;

/**
 * The words a draft is written with, in the report's language: the notes for the editor (TODO
 * comments) and the few visible words (the draft notice, speech titles). {@code %s} stands for
 * what the note is about.
 */
enum DraftWords {
    HEADER("# Bản nháp do `acta import` tạo từ %s", "# Draft written by `acta import` from %s"),
    HEADER_TODO("# TODO: %s; xong thì xóa dòng draft: true", "# TODO: %s; then delete the line draft: true"),
    CHECK_EVENT("kiểm tra mọi trường; giải quyết các ghi chú TODO", "check every field; resolve each TODO note"),
    CHECK_SPEECH("kiểm tra người nói, vai trò và các đoạn thuộc phát biểu này",
            "check the speaker, the role and which paragraphs belong to this speech"),
    CHECK_TASK("kiểm tra cơ quan được giao, thời hạn và chỉ tiêu với câu gốc",
            "check the assignee, the deadline and the target against the quoted sentence"),
    CHECK_PERSON("kiểm tra tên và chức vụ; thêm from/to cho chức vụ nếu biết",
            "check the name and the position; add from/to to the position if known"),
    CHECK_ORGANIZATION("kiểm tra tên đầy đủ; thêm short_name, parent và kind nếu biết",
            "check the full name; add short_name, parent and kind if known"),
    TITLE_HEADLINE("tên lấy từ tiêu đề bản tin; xác nhận", "taken from the headline; confirm it"),
    TITLE_TEXT("tên lấy từ câu đầu tiên nêu tên sự kiện; xác nhận", "taken from the first sentence that names the "
            + "event; confirm it"),
    TITLE_HEADLINE_ONLY("bản tin không nêu tên sự kiện; đây là tiêu đề bản tin: đặt tên đúng cho sự kiện",
            "the report does not name the event; this is its headline: give the event its name"),
    TITLE_MADE_UP("bản tin không có tiêu đề và không nêu tên sự kiện; tên này do nhập tự động đặt: đặt tên đúng",
            "the report has neither a headline nor the event's name; this name was made up: give the event its name"),
    DATE_UNKNOWN("tìm ngày tổ chức trong nguồn khác, nếu có", "find the date in another source, if any"),
    DATE_CONFIRM("xác nhận ngày (xem date_note)", "confirm the date (see date_note)"),
    KIND_CONFIRM("xác nhận loại sự kiện", "confirm the kind of event"),
    PLACE_CONFIRM("xác nhận địa điểm", "confirm the place"),
    PLACE_MISSING("# TODO: bản tin không ghi địa điểm", "# TODO: the report does not say where it was held"),
    ORGANIZERS_CONFIRM("xác nhận đơn vị tổ chức", "confirm the organisers"),
    PARTICIPANTS_CONFIRM("xác nhận các đơn vị dự", "confirm the bodies that attended"),
    UNNAMED_PARTICIPANTS("# TODO: thành phần dự không nêu tên đơn vị, chưa ghi vào participants: %s",
            "# TODO: attending, not named as bodies and so not in participants: %s"),
    CHAIR_CONFIRM("xác nhận người chủ trì", "confirm who chaired"),
    CO_CHAIRS("# TODO: cùng chủ trì: %s", "# TODO: also chairing: %s"),
    FIGURES("# TODO: kiểm tra nhãn, giá trị và đơn vị của từng số liệu với câu gốc ghi kèm",
            "# TODO: check each figure's label, value and unit against the words quoted with it"),
    FIGURE_WORDS("# bản tin: %s", "# the report: %s"),
    CONCLUSIONS("# TODO: conclusions và tags: viết từ phần kết luận",
            "# TODO: conclusions and tags: write them from the report's conclusions"),
    NO_HEADLINE("bản tin không có tiêu đề; ghi tiêu đề bài gốc nếu biết",
            "the report has no headline; write the original's title if known"),
    NOTICE("> **Bản nháp** — nhập tự động từ bản tin “%s”, chưa được biên tập viên kiểm tra.",
            "> **Draft** — imported automatically from the report “%s”, not yet reviewed by an editor."),
    SUMMARY_TODO("<!-- TODO: viết lại phần tóm tắt; dưới đây là các đoạn mở đầu của bản tin. -->",
            "<!-- TODO: rewrite the summary; below are the report's opening paragraphs. -->"),
    SPEECHES("## Các phát biểu", "## Speeches"),
    SPEECH_BODY_TODO("<!-- TODO: các đoạn dưới đây được gán cho phát biểu này theo thứ tự trong bản tin; "
            + "kiểm tra đoạn đầu và đoạn cuối. -->", "<!-- TODO: the paragraphs below were given to this speech by "
            + "their order in the report; check the first and the last. -->"),
    CAPTION_ONLY("<!-- TODO: bản tin chỉ nêu phát biểu này trong chú thích ảnh; viết nội dung nếu có nguồn. -->",
            "<!-- TODO: only a photo caption mentions this speech; write what was said from another source, if any. -->"),
    FLOOR("Các đại biểu dự Hội nghị", "Participants"),
    SPEAKER_CONFIRM("xác nhận người nói", "confirm the speaker"),
    SPEAKER_OFFICE("bản tin chỉ nêu chức vụ, không nêu tên: thay bằng người giữ chức vụ",
            "the report gives the office, not the name: replace it by the person who held it"),
    ROLE_CONFIRM("xác nhận vai trò — bản tin: “%s”", "confirm the role — the report: “%s”"),
    POSITION_CONFIRM("xác nhận chức vụ", "confirm the position"),
    SPEECH_SUMMARY("# TODO: summary: một hai câu tóm tắt phát biểu", "# TODO: summary: one or two sentences"),
    TASK_TITLE("viết lại thành một câu mệnh lệnh ngắn", "make it a short imperative"),
    ASSIGNEE_CONFIRM("xác nhận — bản tin: “%s”", "confirm — the report: “%s”"),
    DUE_CONFIRM("xác nhận thời hạn", "confirm the deadline"),
    PARTNERS_CONFIRM("xác nhận các đơn vị phối hợp", "confirm the partners"),
    TARGET_CONFIRM("xác nhận chỉ tiêu và chu kỳ", "confirm the target and how often"),
    QUOTE_CONFIRM("lời giao nhiệm vụ, đúng như trong phát biểu; xác nhận, và nếu sửa câu này trong phát biểu thì "
            + "sửa cả ở đây", "the words that assigned it, as the speech has them; confirm them, and if you change "
            + "them in the speech, change them here too"),
    TASK_IN_REPORT("Nhiệm vụ nêu trong bản tin. Bản tin viết:", "Stated in the report. The report says:"),
    PERSON_OFFICE("# TODO: bản tin chỉ nêu chức vụ; thay name bằng họ tên người giữ chức vụ",
            "# TODO: the report gives only the office; replace name by the person's name");

    private final String vi;
    private final String en;

    DraftWords(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    String in(Language language, Object... args) {
        return String.format(java.util.Locale.ROOT, language == Language.EN ? en : vi, args);
    }

    /** "Phát biểu kết luận của đồng chí X", "Concluding remarks by X". */
    static String speechTitle(Draft.Speech s, Language language) {
        if (language == Language.EN) {
            String who = s.speaker().map(p -> " by " + p.name()).orElse("");
            return s.speaker().isEmpty() ? "Discussion" : Sentences.capitalise(s.roleWord()) + who;
        }
        String who = s.speaker().map(p -> " của đồng chí " + p.name()).orElse("");
        return switch (s.roleWord()) {
            case "ý kiến trao đổi" -> "Ý kiến trao đổi tại Hội nghị";
            case "phát biểu" -> "Phát biểu" + who;
            default -> Sentences.capitalise("phát biểu " + s.roleWord()) + who;
        };
    }
}
