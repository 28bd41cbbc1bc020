package org.acta.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The conventions of Vietnamese conference reports: "Phát biểu kết luận, đồng chí …", "Dự Hội nghị có …". */
final class VietnameseGrammar {
    private static final String ROLE_WORDS = "khai mạc|đề dẫn|chỉ đạo|kết luận|bế mạc|tham luận|báo cáo";
    /** The words that open an introduction: "Phát biểu bế mạc", "Kết luận Hội nghị", "Tham luận tại …". */
    private static final Pattern ROLE_FIRST = Pattern.compile("(?i)^(?:(?:phát biểu|bài phát biểu|trình bày|với bài"
            + "(?: phát biểu)?)\\s+)?(" + ROLE_WORDS + ")(?![\\p{L}])");
    private static final Pattern REMARKS_FIRST = Pattern.compile("(?i)^(?:phát biểu|trao đổi|chia sẻ)(?![\\p{L}])");
    /** The verb after the speaker: "… phát biểu kết luận", "… báo cáo kết quả", "… trình bày tham luận". */
    private static final Pattern ROLE_VERB = Pattern.compile("^\\s*,?\\s*(?:(?:cũng|đã|tiếp tục|đồng thời)\\s+)*"
            + "(?:(phát biểu|trình bày)(?:\\s+\\p{Ll}+){0,2}?\\s+)?(" + ROLE_WORDS + ")(?![\\p{L}])");
    /** What may stand before the speaker: an introduction ending with a comma, "theo", "nghe". */
    private static final Pattern INTRO = Pattern.compile("^(?:\\d{1,2}\\s*[h:]\\s*\\d{0,2}\\s*[:–-]?\\s*)?(?:(?:[^,;:]{0,90}"
            + "[,;]\\s*)*[^,;:]{0,90}[,;]\\s*)?$");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)(?:^|,\\s*|\\s)(?:(?:cũng\\s+)?theo"
            + "|(?:là\\s+)?(?:yêu cầu|chỉ đạo|ý kiến chỉ đạo|đề nghị|lời|phát biểu) của)\\s+$");
    private static final Pattern HEARD = Pattern.compile("(?i)(?:^|,\\s*|\\s)(?:đã\\s+)?(?:được\\s+)?nghe\\s+$");
    private static final Pattern ATTENDANCE = Pattern.compile("^(?:Tham dự|Dự|Đến dự|Tới dự|Về dự|Cùng dự"
            + "|Cùng tham dự)(?:\\s+và\\s+(?:chỉ đạo|phát biểu|làm việc))?(?:\\s[^,;:]{0,60}?)?\\s(?:còn\\s+)?có(?![\\p{L}])"
            + "|(?:có|với) sự (?:tham dự|tham gia|hiện diện|có mặt) của");
    private static final Pattern CHAIR = Pattern.compile("^(?:Chủ trì|Đồng chủ trì|Dự và chủ trì|Tham dự và chủ trì)"
            + "(?![\\p{L}])|(?<![\\p{L}])chủ trì\\s+(?:Hội nghị|hội nghị|cuộc họp|buổi làm việc|Hội thảo|hội thảo"
            + "|tọa đàm|Tọa đàm|phiên họp|buổi|sự kiện)|(?<![\\p{L}])do\\s.{0,150}\\schủ trì(?![\\p{L}])"
            + "|(?<![\\p{L}])dưới sự chủ trì của(?![\\p{L}])");
    private static final Pattern DISCUSSION = Pattern.compile("^(?:cac y kien|y kien (?:tai|phat bieu|trao doi"
            + "|dong gop)|cac tham luan|nhieu y kien)");
    private static final Pattern FLOOR = Pattern.compile("^(?:tai (?:hoi nghi|hoi thao|toa dam|cuoc hop|buoi lam viec"
            + "|dien dan|su kien) )?(?:cac|nhieu) (?:dai bieu|dai dien|y kien)");
    private static final Pattern DISCUSSING = Pattern.compile("(?<![a-z])(?:thao luan|trao doi|gop y|tham luan"
            + "|phat bieu|kien nghi|de xuat|chia se)(?![a-z])");
    private static final Pattern EVENT = Pattern.compile("^(?:Hội nghị|Hội thảo|Tọa đàm|Toạ đàm|Diễn đàn|Cuộc họp"
            + "|Buổi làm việc|Sự kiện|Phiên họp|Kỳ họp|Lễ)(?![\\p{L}])(?!\\s+(?:\\S+\\s+){0,2}?có(?![\\p{L}]))");

    private static final Grammar.Role REMARKS = new Grammar.Role("remarks", "phát biểu", false);
    static final Grammar GRAMMAR = new Grammar(VietnameseMentions::find, VietnameseGrammar::speechAct, ATTENDANCE, CHAIR,
            VietnameseGrammar::discussion, EVENT, "phát biểu", "ý kiến trao đổi");

    private VietnameseGrammar() {
    }

    private static Optional<Grammar.Role> speechAct(String s, Mention m) {
        String before = s.substring(0, m.start());
        String after = s.substring(m.end());
        Matcher first = ROLE_FIRST.matcher(before);
        if (!before.isBlank() && INTRO.matcher(before).matches() && first.lookingAt()) {
            return Optional.of(role(first.group(1).toLowerCase(java.util.Locale.ROOT), false));
        }
        boolean introduced = INTRO.matcher(before).matches() && !CHAIR.matcher(s).find();
        if (introduced && REMARKS_FIRST.matcher(before).lookingAt() || ATTRIBUTION.matcher(before).find()) {
            return Optional.of(REMARKS);
        }
        if (!introduced && !HEARD.matcher(before).find()) {
            return Optional.empty();
        }
        Matcher verb = ROLE_VERB.matcher(after);
        if (verb.lookingAt()) {
            return Optional.of(role(verb.group(2), verb.group(1) == null));
        }
        return VietnameseMentions.VERB_AFTER.matcher(after).find() ? Optional.of(REMARKS) : Optional.empty();
    }

    /** "chỉ đạo" alone is a verb of any speech; "phát biểu chỉ đạo" is the keynote. */
    private static Grammar.Role role(String word, boolean bare) {
        return switch (word) {
            case "khai mạc", "đề dẫn" -> new Grammar.Role("opening", word, true);
            case "chỉ đạo" -> bare ? REMARKS : new Grammar.Role("keynote", word, true);
            case "báo cáo" -> new Grammar.Role("keynote", word, true);
            case "kết luận", "bế mạc" -> new Grammar.Role("conclusion", word, true);
            case "tham luận" -> new Grammar.Role("discussion", word, true);
            default -> REMARKS;
        };
    }

    private static boolean discussion(String paragraph) {
        List<String> sentences = Sentences.split(Sentences.prepare(paragraph));
        String first = sentences.isEmpty() ? "" : Sentences.key(sentences.get(0));
        if (DISCUSSION.matcher(first).find()) {
            return true;
        }
        String opening = Sentences.key(String.join(" ", sentences.subList(0, Math.min(2, sentences.size()))));
        return FLOOR.matcher(first).find() && DISCUSSING.matcher(opening).find();
    }
}
