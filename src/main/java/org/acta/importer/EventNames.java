package org.acta.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;
import org.acta.model.PartialDate;

/**
 * The event's name: the headline's when the headline names the meeting, else the first sentence
 * that names it ("… tổ chức Hội nghị Người lao động năm 2026", "… organized the 2025 Business
 * Roundtable Conference"), else the headline for the editor to confirm; a report with neither
 * gets a name made from the kind of meeting and its date, also to confirm.
 */
final class EventNames {
    private static final Pattern NAME_VI = Pattern.compile("(?<![\\p{L}])(Hội nghị|Hội thảo|Tọa đàm|Toạ đàm"
            + "|Diễn đàn|Lễ|Phiên họp|Kỳ họp|(?<=(?:tổ chức|khai mạc|long trọng tổ chức|tổ chức thành công)\\s)(?:hội nghị"
            + "|hội thảo|tọa đàm|toạ đàm|diễn đàn|lễ))(\\s+[\\p{L}\\d][^;:]*)");
    private static final Pattern END_VI = Pattern.compile("\\.(?=\\s|$)|[;:(“\"]|\\s(?:có ý nghĩa|nhằm|với sự|để"
            + "|diễn ra|được tổ chức|tại|do|vào (?:ngày|sáng|chiều|tối|lúc|hồi|dịp|cuối|đầu|giữa)|là|đã|sẽ|nay|này"
            + "|cho thấy|thành công|kết thúc|trong không khí)(?![\\p{L}])|,\\s(?=\\p{Lu}|đồng chí|các|nhiều|với|trong|qua"
            + "|sáng|chiều|tối|ngày|diễn|khai|được|đã)");
    /** "tại Hội nghị tập trung…", "Dự Hội nghị có…": the word, not the event's name. */
    private static final Pattern NOT_A_NAME_BEFORE_VI = Pattern.compile("(?i)(?<![\\p{L}])(tại|dự|trong|sau|trước|qua"
            + "|khuôn khổ|đến|tới|trình)\\s+$");
    /** "… tổ chức Hội nghị đánh giá …": after the verb that organises it, what follows is the meeting's name. */
    private static final Pattern ORGANISED = Pattern.compile("(?<![\\p{L}])(?:tổ chức|khai mạc)(?: thành công| long trọng)?"
            + "\\s+$");
    /** "Kỳ họp thứ 7 …", "Hội nghị lần thứ 12 …": a numbered meeting is named even after "tại". */
    private static final Pattern NUMBERED = Pattern.compile("^\\s+(?:lần\\s+)?thứ\\s+(?:\\d+|[IVXLC]+|\\p{Ll}+)"
            + "(?![\\p{L}\\d])");
    /** "Hội nghị có đồng chí…", "Hội nghị xác định…": the event as a subject, not its name. */
    private static final Pattern VERB_NEXT_VI = Pattern.compile("^\\s+(?:có|là|đã|được|diễn ra|xác định|cũng|thống nhất"
            + "|tiếp tục|nhằm|này|sẽ|kết thúc|kết luận|đề ra|đề nghị|nhận định|ghi nhận|thông qua|đánh giá|yêu cầu|giao"
            + "|tập trung|chỉ ra|chỉ rõ|vừa|lần này|đồng ý|đồng thời|quyết nghị|quyết định|nghe|kêu gọi|bế mạc|khai mạc"
            + "|thảo luận|ra|đi vào|dành|kéo dài)(?![\\p{L}])");
    private static final String NOUNS_EN = "Conference|Forum|Seminar|Workshop|Meeting|Roundtable|Round-table"
            + "|Dialogue|Summit|Symposium|Congress|Session|Ceremony|Festival|Fair|Exhibition|Expo|Assembly|Convention";
    private static final Pattern NAME_EN = Pattern.compile("(?<![\\p{L}])(?:the|a|an|The|A|An)\\s+((?:(?:\\d{4}"
            + "|\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}"
            + "[\\p{L}'’&-]*)\\s+(?:(?:of|on|for|and|the|in)\\s+)*)+(?:" + NOUNS_EN + "))(?![\\p{L}])(\\s+(?:on|of)\\s+"
            + "[^,;.]+)?");
    private static final Pattern LOWER_EN = Pattern.compile("(?<![\\p{L}])(?:a|an|the)\\s+(?:recent\\s+|regular\\s+"
            + "|monthly\\s+|annual\\s+)*((?:working session|meeting|conference|seminar|workshop|forum"
            + "|session|dialogue)\\s+(?:with|on|of|to review|to discuss)\\s+[^,;]+?)(?=[,;]|\\.(?:\\s|$)|$)");
    private static final Pattern KIND = Pattern.compile("^(Hội nghị (?:tọa đàm|toạ đàm|tổng kết|sơ kết|chuyên đề"
            + "|trực tuyến|triển khai|bàn tròn)|Hội nghị|Hội thảo(?: khoa học)?|Tọa đàm|Toạ đàm|Diễn đàn|Lễ|Phiên họp"
            + "|Kỳ họp)");
    private static final Pattern KIND_EN = Pattern.compile("(?i)(" + NOUNS_EN + "|working session)$");
    private static final Pattern MENTIONED_VI = Pattern.compile("(?i)(?<![\\p{L}])(hội nghị|hội thảo|tọa đàm|toạ đàm"
            + "|diễn đàn|cuộc họp|buổi làm việc|phiên họp|lễ)(?![\\p{L}])");
    private static final Pattern MENTIONED_EN = Pattern.compile("(?i)(?<![\\p{L}])(conference|meeting|seminar|workshop"
            + "|forum|roundtable|working session|ceremony)(?![\\p{L}])");

    private EventNames() {
    }

    record Title(String text, Draft.TitleSource source) {
    }

    static Title title(String headline, List<String> paragraphs, Language language, PartialDate date) {
        Optional<String> inHeadline = name(headline, language);
        if (inHeadline.isPresent() && !allCapitals(headline)) {
            return new Title(inHeadline.get(), Draft.TitleSource.HEADLINE);
        }
        for (String paragraph : paragraphs) {
            Optional<String> named = name(paragraph, language);
            if (named.isPresent()) {
                return new Title(named.get(), Draft.TitleSource.TEXT);
            }
        }
        if (!headline.isBlank()) {
            return new Title(headline, Draft.TitleSource.HEADLINE_ONLY);
        }
        return new Title(madeUp(paragraphs, language, date), Draft.TitleSource.MADE_UP);
    }

    /** The first name of a meeting in the text, if any. */
    static Optional<String> name(String paragraph, Language language) {
        String text = Sentences.prepare(paragraph);
        if (language == Language.EN) {
            return english(text);
        }
        Matcher m = NAME_VI.matcher(text);
        while (m.find()) {
            boolean numbered = NUMBERED.matcher(m.group(2)).lookingAt();
            boolean organised = ORGANISED.matcher(text.substring(0, m.start())).find();
            if (NOT_A_NAME_BEFORE_VI.matcher(text.substring(0, m.start())).find() && !numbered
                    || VERB_NEXT_VI.matcher(m.group(2)).lookingAt() && !organised) {
                continue;
            }
            String rest = m.group(2);
            Matcher end = END_VI.matcher(rest);
            String candidate = Sentences.capitalise(Sentences.trimPunctuation(m.group(1) + (end.find()
                    ? rest.substring(0, end.start()) : rest)));
            if (candidate.split("\\s+").length >= 4 && candidate.length() <= 300) {
                return Optional.of(Sentences.restore(candidate));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> english(String text) {
        Matcher m = NAME_EN.matcher(text);
        if (m.find()) {
            String name = m.group(1) + (m.group(2) == null ? "" : m.group(2));
            return Optional.of(Sentences.restore(Sentences.trimPunctuation(name)));
        }
        Matcher lower = LOWER_EN.matcher(text);
        if (lower.find() && lower.group(1).split("\\s+").length >= 4) {
            String name = lower.group(1).replaceFirst("\\s+on\\s+(?:\\p{Lu}\\p{Ll}+[.\u2024]?\\s+\\d{1,2}(?:st|nd|rd|th)?"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}\\p{Ll}+)(?:,?\\s+\\d{4})?(?=\\s)", "");
            return Optional.of(Sentences.capitalise(Sentences.restore(Sentences.trimPunctuation(name))));
        }
        return Optional.empty();
    }

    private static boolean allCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        return letters > 10 && capitals * 10 > letters * 8;
    }

    /** "Hội nghị ngày 31/1/2026", "Meeting of 2026-01-31": what the report calls it, and when. */
    private static String madeUp(List<String> paragraphs, Language language, PartialDate date) {
        Pattern mentioned = language == Language.EN ? MENTIONED_EN : MENTIONED_VI;
        String kind = language == Language.EN ? "Meeting" : "Sự kiện";
        for (String p : paragraphs) {
            Matcher m = mentioned.matcher(p);
            if (m.find()) {
                kind = Sentences.capitalise(m.group(1).toLowerCase(java.util.Locale.ROOT));
                break;
            }
        }
        if (date.isUnknown()) {
            return kind + (language == Language.EN ? " (name not stated)" : " (chưa rõ tên)");
        }
        return kind + (language == Language.EN ? " of " + date : " ngày " + dayMonthYear(date));
    }

    private static String dayMonthYear(PartialDate date) {
        String[] parts = date.toString().split("-");
        StringBuilder out = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            out.append(i == parts.length - 1 ? "" : "/").append(i == 0 ? parts[i] : String.valueOf(Integer.parseInt(
                    parts[i])));
        }
        return out.toString();
    }

    static Optional<String> kind(String title, Language language) {
        Matcher m = (language == Language.EN ? KIND_EN : KIND).matcher(title);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
