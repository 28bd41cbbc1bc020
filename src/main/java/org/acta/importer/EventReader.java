package org.acta.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;
import org.acta.model.PartialDate;

/**
 * The facts of the event itself: its date ("Sáng 17/2", "Ngày 21/3/2024", "On December 12th",
 * resolved against the publication date), where it was held when the report says so, who
 * organised it ("A phối hợp B tổ chức …", "A, in collaboration with B, organized …") and who
 * attended ("Dự Hội nghị có …").
 */
final class EventReader {
    private static final Pattern DAY = Pattern.compile("(?i)(?<![\\p{L}])(sáng|chiều|tối|trưa|ngày|hôm nay"
            + "|(?:sáng|chiều|tối) nay)\\s*(?:\\(\\s*)?(?:ngày\\s+)?(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})"
            + "(?:\\s*[/-]\\s*(\\d{4}))?");
    private static final Pattern TODAY = Pattern.compile("(?i)(?<![\\p{L}])(?:sáng|chiều|tối|trưa) nay(?!\\s*\\(?\\s*\\d)");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?i)(trước|hạn|đến|từ|chậm nhất|hết|before|by|until"
            + "|no later than|within|from|since|prior to|after)\\s*$");
    private static final String MONTHS_EN = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern DAY_EN = Pattern.compile("(?<![\\p{L}])(?:(" + MONTHS_EN + ")[.\u2024]?\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS_EN + ")[.\u2024]?)(?:,?\\s+(\\d{4}))?"
            + "(?![\\p{L}\\d])");
    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}])tại\\s+(?!(?iu:hội nghị|hội thảo|tọa đàm|toạ đàm"
            + "|diễn đàn|kỳ họp|phiên họp|cuộc họp|buổi|đây|sự kiện|lễ)(?![\\p{L}]))"
            + "([^,;.]+?)(?=\\s*[,;.]|\\s+(?:đã\\s+)?(?:diễn ra|tổ chức|khai mạc)(?![\\p{L}]))");
    private static final Pattern PLACE_EN = Pattern.compile("(?<![\\p{L}])(?:held|took place|opened|convened)\\s+(?:at|in)"
            + "\\s+(?:the\\s+)?(\\p{Lu}[^,;.]*?)(?=\\s*[,;.]|\\s+on\\s)");
    private static final Pattern ORGANISER = Pattern.compile("([^,]+?)\\s+(?:đã\\s+)?(?:(?:phối hợp|phối hợp với|cùng với"
            + "|cùng)\\s+([^,]+?)\\s+)?(?:long trọng\\s+)?(?:đồng\\s+)?tổ chức\\s+(?:thành công\\s+|long trọng\\s+)?"
            + "(?:Hội|Tọa|Toạ|Diễn|Lễ|Phiên|hội|tọa|cuộc|buổi)");
    private static final Pattern ORGANISER_EN = Pattern.compile("(?:^|,\\s*)(?:the\\s+)?(\\p{Lu}[^,]*?)(?:,\\s*in "
            + "(?:collaboration|cooperation|coordination|partnership) with\\s+(?:the\\s+)?(\\p{Lu}[^,]*?),)?\\s+"
            + "(?:(?:has|have|had|jointly)\\s+)*(?:co-)?(?:organized|organised|held|hosted|convened)\\s+(?:the|a|an)"
            + "(?![\\p{L}])");
    private static final Pattern ATTENDANCE = Pattern.compile("(?:Tham dự|Dự|Đến dự|Tới dự|Về dự|Cùng dự)"
            + "(?:\\s+và\\s+(?:chỉ đạo|phát biểu|làm việc))?\\s+(?:Hội nghị|hội nghị|Hội thảo|hội thảo|Tọa đàm|tọa đàm"
            + "|Diễn đàn|diễn đàn|sự kiện|cuộc họp|lễ|Lễ|buổi [\\p{L} ]+?)\\s+(?:còn\\s+)?có\\s+(.+)");

    private EventReader() {
    }

    /** The sentence that dates the event, and the date it gives. */
    record Dated(PartialDate date, String note, Optional<String> sentence) {
    }

    static Dated date(List<String> paragraphs, Optional<LocalDate> published, Language language) {
        String publishedText = published.map(d -> language == Language.EN ? " (published " + d + ")"
                : " (đăng ngày " + d + ")").orElse("");
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.split(Sentences.prepare(paragraph))) {
                Optional<Dated> dated = language == Language.EN ? english(sentence, published)
                        : vietnamese(sentence, published, publishedText);
                if (dated.isPresent()) {
                    return dated.get();
                }
            }
        }
        return new Dated(PartialDate.UNKNOWN, language == Language.EN
                ? "The source report" + publishedText + " does not give the date of the event."
                : "Bản tin nguồn" + publishedText + " không ghi ngày tổ chức; nhập tự động nên để trống ngày.",
                Optional.empty());
    }

    private static Optional<Dated> vietnamese(String sentence, Optional<LocalDate> published, String publishedText) {
        Matcher m = DAY.matcher(sentence);
        while (m.find()) {
            if (DEADLINE_BEFORE.matcher(sentence.substring(0, m.start())).find()) {
                continue;
            }
            Optional<Dated> dated = resolve(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Optional.ofNullable(m.group(4)), Sentences.restore(m.group()).strip(), published, sentence,
                    Language.VI);
            if (dated.isPresent()) {
                return dated;
            }
        }
        Matcher today = TODAY.matcher(sentence);
        if (today.find() && published.isPresent()) {
            return Optional.of(new Dated(PartialDate.of(published.get()), "Bản tin viết “"
                    + Sentences.restore(today.group()) + "”; ngày lấy theo ngày đăng tin" + publishedText + ".",
                    Optional.of(sentence)));
        }
        return Optional.empty();
    }

    private static Optional<Dated> english(String sentence, Optional<LocalDate> published) {
        Matcher m = DAY_EN.matcher(sentence);
        while (m.find()) {
            if (DEADLINE_BEFORE.matcher(sentence.substring(0, m.start())).find()) {
                continue;
            }
            String month = m.group(1) != null ? m.group(1) : m.group(4);
            String day = m.group(2) != null ? m.group(2) : m.group(3);
            int monthNumber = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                    "dec").indexOf(month.toLowerCase(java.util.Locale.ROOT).substring(0, 3)) + 1;
            Optional<Dated> dated = resolve(monthNumber, Integer.parseInt(day), Optional.ofNullable(m.group(5)),
                    Sentences.restore(m.group()).strip(), published, sentence, Language.EN);
            if (dated.isPresent()) {
                return dated;
            }
        }
        return Optional.empty();
    }

    /** A day and month as the report writes them; without a year, the year of publication (or the one before). */
    private static Optional<Dated> resolve(int month, int day, Optional<String> year, String written,
                                           Optional<LocalDate> published, String sentence, Language language) {
        boolean en = language == Language.EN;
        if (year.isPresent()) {
            return Deadlines.CalendarDays.of(Integer.parseInt(year.get()), month, day).map(date -> new Dated(
                    PartialDate.of(date), (en ? "As the report says: “" : "Theo bản tin: “") + written + "”.",
                    Optional.of(sentence)));
        }
        if (published.isEmpty()) {
            return Deadlines.CalendarDays.of(2000, month, day).map(d -> new Dated(PartialDate.UNKNOWN, en
                    ? "The report says “" + written + "” without a year, and its publication date is not known."
                    : "Bản tin ghi “" + written + "” nhưng không ghi năm, và không rõ ngày đăng tin.",
                    Optional.of(sentence)));
        }
        LocalDate reference = published.get();
        return Deadlines.CalendarDays.of(reference.getYear(), month, day)
                .map(d -> d.isAfter(reference) ? Deadlines.CalendarDays.of(d.getYear() - 1, month, day).orElse(d) : d)
                .map(date -> new Dated(PartialDate.of(date), en
                        ? "The report says “" + written + "”; the year " + date.getYear() + " is that of its "
                        + "publication on " + reference + "."
                        : "Bản tin ghi “" + written + "”; năm " + date.getYear() + " suy ra từ ngày đăng tin "
                        + reference + ".", Optional.of(sentence)));
    }

    /** Where the event was held, only when the sentence that dates it says so. */
    static Optional<String> location(Optional<String> datedSentence, Language language) {
        return datedSentence.flatMap(s -> {
            Matcher m = (language == Language.EN ? PLACE_EN : PLACE).matcher(s);
            return m.find() ? Optional.of(Sentences.restore(m.group(1)).strip()) : Optional.empty();
        });
    }

    /** "A phối hợp B tổ chức Hội nghị …": each body once, with its short name in brackets when given. */
    static List<String> organizers(Optional<String> datedSentence, Language language) {
        List<String> bodies = new ArrayList<>();
        datedSentence.ifPresent(s -> {
            Matcher m = (language == Language.EN ? ORGANISER_EN : ORGANISER).matcher(s);
            if (!m.find()) {
                return;
            }
            for (int g = 1; g <= 2; g++) {
                if (m.group(g) == null) {
                    continue;
                }
                String text = Sentences.trimPunctuation(m.group(g));
                if (language == Language.EN) {
                    bodies.add(Sentences.restore(text));
                    continue;
                }
                Matcher head = OrgNames.HEAD.matcher(text);
                if (head.find()) {
                    bodies.add(Sentences.restore(text.substring(head.start())));
                }
            }
        });
        return bodies;
    }

    /**
     * The bodies one item of an attendance list names: those of a person's position ("đồng chí …,
     * Chủ tịch Công đoàn …"), else the body the item names, to its end ("đại diện Đảng ủy Khối Các
     * cơ quan TP. Hà Nội"), as such lists write one body an item.
     */
    private static List<String> named(String segment) {
        if (VietnameseMentions.find(segment).stream().anyMatch(m -> m.kind() == Mention.Kind.NAMED)) {
            return OrgNames.all(segment);
        }
        Matcher head = OrgNames.HEAD.matcher(segment);
        if (!head.find()) {
            return List.of();
        }
        String body = Sentences.trimPunctuation(segment.substring(head.start()));
        return body.equals(head.group()) ? List.of() : List.of(body);
    }

    /**
     * The bodies in the attendance sentence. Whatever names no body ("đại diện ban giám hiệu một
     * số trường") goes to {@code unnamed}.
     */
    static List<String> participants(List<String> paragraphs, List<String> unnamed) {
        List<String> bodies = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.split(Sentences.prepare(paragraph))) {
                Matcher m = ATTENDANCE.matcher(sentence);
                if (!m.find()) {
                    continue;
                }
                for (String segment : m.group(1).split(";|\\s+cùng\\s+|,\\s+(?=(?:" + OrgNames.HEADS
                        + ")(?![\\p{L}]))|\\s+và\\s+(?=đại diện|lãnh đạo|các|toàn thể)")) {
                    List<String> named = named(segment);
                    String clean = Sentences.restore(Sentences.trimPunctuation(segment));
                    if (!named.isEmpty()) {
                        named.stream().map(Sentences::restore).filter(n -> !bodies.contains(n)).forEach(bodies::add);
                    } else if (!clean.isBlank()) {
                        unnamed.add(clean);
                    }
                }
                return bodies;
            }
        }
        return bodies;
    }
}
