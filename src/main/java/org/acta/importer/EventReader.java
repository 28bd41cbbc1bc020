package org.acta.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.PartialDate;

/**
 * The facts of the event itself: its name ("Hội nghị tọa đàm về …"), its date ("Sáng 17/2",
 * "Ngày 21/3/2024", resolved against the publication date), where it was held, who organised it
 * and who attended ("Dự Hội nghị có …").
 */
final class EventReader {
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}])(Hội nghị|Hội thảo|Tọa đàm|Toạ đàm|Diễn đàn"
            + "|Lễ)(\\s+\\p{Ll}[^;:]*)");
    private static final Pattern NAME_END = Pattern.compile("\\.(?=\\s|$)|[;:(“\"]|\\s(?:có ý nghĩa|nhằm|với sự|để"
            + "|diễn ra|được tổ chức|tại|do|vào|là|đã|sẽ|nay|này)(?![\\p{L}])|,\\s(?=\\p{Lu}|đồng chí|các|nhiều|với"
            + "|trong|qua)");
    /** "tại Hội nghị tập trung…", "Dự Hội nghị có…": the word, not the event's name. */
    private static final Pattern NOT_A_NAME_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(tại|dự|trong|sau|trước|qua)\\s+$");
    private static final Pattern DAY = Pattern.compile("(?i)(?<![\\p{L}])(sáng|chiều|tối|trưa|ngày|hôm nay"
            + "|(?:sáng|chiều|tối) nay)\\s*(?:\\(\\s*)?(?:ngày\\s+)?(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?");
    private static final Pattern TODAY = Pattern.compile("(?i)(?<![\\p{L}])(?:sáng|chiều|tối|trưa) nay(?!\\s*\\(?\\s*\\d)");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?i)(trước|hạn|đến|từ|chậm nhất|hết)\\s*$");
    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}])tại\\s+(?!Hội nghị|hội nghị|buổi|đây|Hội thảo)"
            + "([^,;.]+?)(?=\\s*[,;.]|\\s+(?:đã\\s+)?(?:diễn ra|tổ chức|khai mạc)(?![\\p{L}]))");
    private static final Pattern ORGANISER = Pattern.compile("([^,]+?)\\s+(?:đã\\s+)?(?:phối hợp với\\s+([^,]+?)\\s+)?"
            + "(?:long trọng\\s+)?tổ chức\\s+(?:Hội|Tọa|Toạ|Diễn|Lễ|hội|tọa)");
    private static final Pattern ATTENDANCE = Pattern.compile("(?:Tham dự|Dự|Đến dự)\\s+(?:Hội nghị|hội nghị|Hội thảo"
            + "|hội thảo|Tọa đàm|tọa đàm|Diễn đàn|buổi [\\p{L} ]+?)\\s+(?:còn\\s+)?có\\s+(.+)");

    private EventReader() {
    }

    /** The name the report gives the event: the longest "Hội nghị …" phrase in it, if any. */
    static Optional<String> name(List<String> paragraphs) {
        String best = null;
        for (String paragraph : paragraphs) {
            String text = Sentences.prepare(paragraph);
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                if (NOT_A_NAME_BEFORE.matcher(text.substring(0, m.start())).find()) {
                    continue;
                }
                String candidate = m.group(1) + cut(m.group(2));
                if (candidate.split("\\s+").length >= 5 && candidate.length() <= 200
                        && (best == null || candidate.length() > best.length())) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best).map(b -> Sentences.restore(Sentences.trimPunctuation(b)));
    }

    private static String cut(String rest) {
        Matcher end = NAME_END.matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }

    static Optional<String> kind(String title) {
        Matcher m = Pattern.compile("^(Hội nghị (?:tọa đàm|toạ đàm|tổng kết|sơ kết|chuyên đề|trực tuyến|triển khai)"
                + "|Hội nghị|Hội thảo(?: khoa học)?|Tọa đàm|Toạ đàm|Diễn đàn|Lễ)").matcher(title);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The sentence that dates the event, and the date it gives. */
    record Dated(PartialDate date, String note, Optional<String> sentence) {
    }

    static Dated date(List<String> paragraphs, Optional<LocalDate> published) {
        String publishedText = published.map(d -> " (đăng ngày " + d + ")").orElse("");
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.split(Sentences.prepare(paragraph))) {
                Matcher m = DAY.matcher(sentence);
                while (m.find()) {
                    if (DEADLINE_BEFORE.matcher(sentence.substring(0, m.start())).find()) {
                        continue;
                    }
                    Optional<Dated> dated = resolve(m, published, sentence);
                    if (dated.isPresent()) {
                        return dated.get();
                    }
                }
                if (TODAY.matcher(sentence).find() && published.isPresent()) {
                    return new Dated(PartialDate.of(published.get()), "Bản tin viết “" + Sentences.restore(
                            TODAY.matcher(sentence).results().findFirst().orElseThrow().group())
                            + "”; ngày lấy theo ngày đăng tin" + publishedText + ".", Optional.of(sentence));
                }
            }
        }
        return new Dated(PartialDate.UNKNOWN, "Bản tin nguồn" + publishedText + " không ghi ngày tổ chức; "
                + "nhập tự động nên để trống ngày.", Optional.empty());
    }

    private static Optional<Dated> resolve(Matcher m, Optional<LocalDate> published, String sentence) {
        int day = Integer.parseInt(m.group(2));
        int month = Integer.parseInt(m.group(3));
        String written = Sentences.restore(m.group()).strip();
        try {
            if (m.group(4) != null) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(4)), month, day);
                return Optional.of(new Dated(PartialDate.of(date), "Theo bản tin: “" + written + "”.",
                        Optional.of(sentence)));
            }
            if (published.isEmpty()) {
                LocalDate.of(2000, month, day);
                return Optional.of(new Dated(PartialDate.UNKNOWN, "Bản tin ghi “" + written + "” nhưng không ghi năm, "
                        + "và không rõ ngày đăng tin.", Optional.of(sentence)));
            }
            LocalDate date = LocalDate.of(published.get().getYear(), month, day);
            if (date.isAfter(published.get())) {
                date = date.minusYears(1);
            }
            return Optional.of(new Dated(PartialDate.of(date), "Bản tin ghi “" + written + "”; năm " + date.getYear()
                    + " suy ra từ ngày đăng tin " + published.get() + ".", Optional.of(sentence)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<String> location(Optional<String> datedSentence) {
        return datedSentence.flatMap(s -> {
            Matcher m = PLACE.matcher(s);
            return m.find() ? Optional.of(Sentences.restore(m.group(1)).strip()) : Optional.empty();
        });
    }

    static List<String> organizers(Optional<String> datedSentence, List<String> knownNames) {
        List<String> bodies = new ArrayList<>();
        datedSentence.ifPresent(s -> {
            Matcher m = ORGANISER.matcher(s);
            if (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    if (m.group(g) != null) {
                        String text = m.group(g).strip();
                        Matcher head = OrgNames.HEAD.matcher(text);
                        if (head.find()) {
                            bodies.add(Sentences.restore(Sentences.trimPunctuation(text.substring(head.start()))));
                        }
                    }
                }
            }
        });
        return bodies;
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
                for (String group : m.group(1).split(";|\\s+cùng\\s+|\\s+và\\s+(?=đại diện|lãnh đạo|các)")) {
                    for (String segment : group.split(",\\s+(?=(?:" + OrgNames.HEADS + ")(?![\\p{L}]))")) {
                        Matcher head = OrgNames.HEAD.matcher(segment);
                        String clean = Sentences.restore(Sentences.trimPunctuation(segment));
                        if (head.find()) {
                            bodies.add(Sentences.restore(Sentences.trimPunctuation(segment.substring(head.start()))));
                        } else if (!clean.isBlank()) {
                            unnamed.add(clean);
                        }
                    }
                }
                return bodies;
            }
        }
        return bodies;
    }
}
