package org.acta.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a report cites, read in Vietnamese number format ({@code 2.835} is two thousand
 * eight hundred and thirty-five, {@code 2,2 triệu} two point two million), each with the words
 * that say what it counts.
 */
final class FigureReader {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d/.,\\-])(?:(trên|gần|hơn|khoảng|chỉ|ít nhất"
            + "|tới|đạt|gần như|xấp xỉ)\\s+)?(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)\\s*(%|triệu|nghìn|ngàn|tỷ|tỉ)?"
            + "(?![\\d/\\-]|[.,]\\d)");
    private static final Pattern TIME_WORD = Pattern.compile("^\\s*(năm|tháng|ngày|quý|giờ|phút|tuần|nhiệm kỳ|khóa"
            + "|khoá|kỳ|lần thứ|tuổi)(?![\\p{L}])");
    private static final Pattern NOT_A_FIGURE_BEFORE = Pattern.compile("(?:số|năm|quý|khóa|khoá|giai đoạn|lần thứ"
            + "|thứ|ngày|tháng|Điều|khoản|mục|\\p{Lu}[\\p{L}]*)\\s*$");
    private static final Pattern TASK_SENTENCE = Pattern.compile("(?<![\\p{L}])(giao|đề nghị|yêu cầu|mỗi năm|hằng năm"
            + "|hàng năm|mỗi quý|chỉ tiêu)(?![\\p{L}])");
    private static final Pattern LABEL_END = Pattern.compile("[,;:.!?()“”\"]|\\s(?:trong|với|và|nhưng|so với|tăng|giảm"
            + "|đạt|là|chiếm|thì|mà|nên)(?![\\p{L}])");
    private static final Set<String> FILLER = Set.of("cũng", "chỉ", "chiếm", "đạt", "là", "khoảng", "trên", "gần",
            "hơn", "mới", "có", "được", "còn", "đã", "với", "và");

    private FigureReader() {
    }

    static List<Draft.Figure> read(List<String> paragraphs) {
        List<Draft.Figure> figures = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.split(Sentences.prepare(paragraph))) {
                if (!TASK_SENTENCE.matcher(sentence).find()) {
                    read(sentence, figures);
                }
            }
        }
        return figures;
    }

    private static void read(String sentence, List<Draft.Figure> figures) {
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(0, m.start());
            String after = sentence.substring(m.end());
            boolean year = m.group(2).matches("(19|20)\\d\\d") && m.group(3) == null;
            if (year || TIME_WORD.matcher(after).find() || (NOT_A_FIGURE_BEFORE.matcher(before).find()
                    && m.group(1) == null && !before.isBlank() && !endsSentenceStart(before))) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(2).replace(".", "").replace(',', '.'));
            Optional<String> unit = Optional.ofNullable(m.group(3));
            String label = unit.filter("%"::equals).isPresent() ? labelBefore(before) : labelAfter(after);
            if (label.isEmpty() || !label.matches(".*\\p{L}{2,}.*")) {
                continue;
            }
            String number = Sentences.restore(m.group()).strip();
            String written = unit.filter("%"::equals).isPresent() ? number : number + " " + labelAfter(after);
            figures.add(new Draft.Figure(Sentences.capitalise(Sentences.restore(label)), value, unit,
                    Optional.ofNullable(m.group(1)).map(q -> number), Sentences.restore(written)));
        }
    }

    private static boolean endsSentenceStart(String before) {
        return before.strip().isEmpty();
    }

    /** For a count: the words after it, "138.090 giáo viên" → "giáo viên". */
    private static String labelAfter(String after) {
        String text = after.strip();
        Matcher end = LABEL_END.matcher(text);
        String label = end.find() ? text.substring(0, end.start()) : text;
        String[] words = label.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 10))).strip();
    }

    /** For a share: the clause before it, "Tỷ lệ … cũng chỉ chiếm trên 10%" → "Tỷ lệ …". */
    private static String labelBefore(String before) {
        String clause = before.replaceAll(".*[,;:]\\s*", "").strip();
        List<String> words = new ArrayList<>(List.of(clause.split("\\s+")));
        while (!words.isEmpty() && FILLER.contains(words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).strip();
    }
}
