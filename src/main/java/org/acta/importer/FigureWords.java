package org.acta.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.acta.model.Language;

/**
 * How numbers are written in a report's language: the digits' separators, the words that qualify a
 * number ("hơn", "nearly"), its scale and currency ("tỷ đồng", "US$ … billion"), the words after
 * which a number is an address, a date or a document's number, and where a figure's label ends.
 */
record FigureWords(Language language, Pattern number, Pattern rank, Pattern spelled, Pattern timeAfter,
                   Pattern notBefore, Pattern date, Pattern target, Pattern labelEnd, Pattern clauseStart,
                   Set<String> filler, Set<String> leading, String rankWord) {
    private static final String SPELLED = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred";
    private static final String ORDINALS_EN = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";
    private static final String ORDINALS_VI = "nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười";
    private static final String MONTHS_EN = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    static FigureWords of(Language language) {
        return language == Language.EN ? english() : vietnamese();
    }

    private static FigureWords vietnamese() {
        return new FigureWords(Language.VI,
                Pattern.compile("(?<![\\p{L}\\d/.,\\-])(?:(?<q>trên|gần|hơn|khoảng|chỉ|ít nhất|tới|gần như|xấp xỉ"
                        + "|ước đạt|ước|đạt|lên tới)\\s+)?(?<pre>US\\$|\\$)?(?<n>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?"
                        + "|\\d+(?:,\\d+)?)\\s*(?:(?<pct>%)|(?<scale>nghìn tỷ|ngàn tỷ|triệu|nghìn|ngàn|tỷ|tỉ)?\\s*"
                        + "(?<cur>đồng|USD|VNĐ|VND|euro|EUR)?)(?![\\d/\\-]|[.,]\\d|\\p{L})"),
                Pattern.compile("(?<![\\p{L}])(?:(?:đứng|xếp|xếp hạng|vươn lên)\\s+thứ\\s+(?<rank>\\d+(?:\\s*,\\s*\\d+)*"
                        + "|" + ORDINALS_VI + ")|(?:lớn|cao|nhỏ|thấp|nhiều|đông|mạnh|giàu|nhanh)\\s+thứ\\s+(?<rank2>"
                        + "\\d+|" + ORDINALS_VI + "))(?![\\p{L}\\d])"),
                Pattern.compile("(?!)(?<spelled>)"),
                Pattern.compile("^\\s*(?:năm|tháng|ngày|quý|giờ|phút|giây|tuần|nhiệm kỳ|khóa|khoá|kỳ|lần thứ|tuổi)"
                        + "(?![\\p{L}])"),
                Pattern.compile("(?:(?<![\\p{L}])(?:số|năm|quý|khóa|khoá|giai đoạn|lần thứ|thứ|ngày|tháng|điều|khoản"
                        + "|mục|tầng|phòng|đường|phố|ngõ|ngách|hẻm|kiệt|km|lô|tổ|ấp|thôn|xóm|khu|quốc lộ|tỉnh lộ)"
                        + "|(?<![\\p{L}])(?iu:nghị quyết|quyết định|chỉ thị|kết luận|thông tư|nghị định|luật|công văn"
                        + "|kế hoạch|chương trình|đề án|thông báo|hướng dẫn|quy định|tờ trình|báo cáo)"
                        + "|(?<![\\p{L}])\\p{Lu}[\\p{L}]*)\\s*$"),
                Pattern.compile("\\d{1,2}\\s*/\\s*$"),
                Pattern.compile("^(?=.*(?<![\\p{L}])(?:mỗi|hằng|hàng)\\s+(?:năm|quý|tháng))(?=.*(?<![\\p{L}])"
                        + "(?:giao|đề nghị|yêu cầu|phấn đấu)(?![\\p{L}]))"),
                Pattern.compile("[,;:!?()“”\"]|\\.(?=\\s|$)|\\s(?=\\S*\\d)|\\s(?:trong|với|và|nhưng|so với|tăng|giảm|đạt"
                        + "|là|chiếm|thì|mà|nên|đang|tại|của|cho|để|từ|được|đã|sẽ|có|trên|dưới|về|theo|vào|ở|thuộc"
                        + "|gồm|cùng|như|khi|do|bằng|hơn|gần|nhằm|qua)(?![\\p{L}])"),
                Pattern.compile("^.*(?:[,;:]|\\s(?:với|trong đó|khi|mà|và|nhưng|thì|cùng))\\s+"),
                Set.of("cũng", "chỉ", "chiếm", "đạt", "là", "khoảng", "trên", "gần", "hơn", "mới", "có", "được", "còn",
                        "đã", "với", "và", "ước", "lên", "tới", "đến", "xuống", "mức", "ở"),
                Set.of("với", "và", "trong", "đó", "là", "còn", "cùng", "thì", "các", "những", "nhiều"),
                "thứ hạng");
    }

    private static FigureWords english() {
        return new FigureWords(Language.EN,
                Pattern.compile("(?<![\\p{L}\\d/.,\\-])(?:(?<q>over|nearly|about|around|more than|exceeding|almost|some"
                        + "|approximately|up to|at least|roughly|close to|reaching|only)\\s+)?(?<pre>US\\$|\\$|VND\\s?|€)?"
                        + "(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?:(?<pct>%|percent|per cent)"
                        + "|(?<scale>thousand|million|billion|trillion)?\\s*(?<cur>USD|VND|dong|euros?|EUR|dollars?)?)"
                        + "(?![\\d/\\-]|[.,]\\d|\\p{L})"),
                Pattern.compile("(?<![\\p{L}])(?:(?:ranking|ranked|ranks|placing|placed|came|stood|standing)\\s+(?:in\\s+)?"
                        + "(?<rank>\\d+(?:st|nd|rd|th)|" + ORDINALS_EN + ")|(?:the|its)\\s+(?<rank2>\\d+(?:st|nd|rd|th)|"
                        + ORDINALS_EN + ")[- ](?:largest|biggest|highest|most|lowest|fastest|strongest|best|leading"
                        + "|top))(?![\\p{L}\\d])"),
                Pattern.compile("(?<![\\p{L}\\-])(?<spelled>" + SPELLED + ")\\s+(?=(?!(?:years|months|days|weeks|hours"
                        + "|minutes|times|decades|of)(?![\\p{L}]))(?:\\p{Ll}+\\s+)?\\p{Ll}+s(?![\\p{L}]))"),
                Pattern.compile("(?i)^\\s*(?:years?|months?|days?|weeks?|hours?|minutes?|seconds?|quarters?|terms?"
                        + "|decades?|centuries|am|pm|a\\.m|p\\.m)(?![\\p{L}])"),
                Pattern.compile("(?:(?<![\\p{L}])(?:No|no|number|Resolution|Decree|Decision|Circular|Article|Clause|Room"
                        + "|Floor|floor|Building|Street|Route|Highway|Road|Lot|Block|District|Ward|Chapter|Section|Law"
                        + "|Directive|Phase|version|page|Term|term|the year|(?:" + MONTHS_EN + ")[.\u2024]?)"
                        + "|(?<![\\p{L}])\\p{Lu}[\\p{L}]*)\\s*$"),
                Pattern.compile("(?:" + MONTHS_EN + ")[.\u2024]?\\s*$"),
                Pattern.compile("^(?=.*(?<![\\p{L}])(?:every year|each year|annually|every quarter|each month"
                        + "|every month))(?=.*(?<![\\p{L}])(?:assigned|asked|requested|urged|target)(?![\\p{L}]))"),
                Pattern.compile("[,;:!?()“”\"]|\\.(?=\\s|$)|\\s(?=\\S*\\d)|\\s(?:in|of|for|to|and|with|from|at|on|that"
                        + "|which|by|as|is|are|was|were|has|have|had|will|would|into|across|during|over|under|than"
                        + "|making|including|while|this|these|last|next|each|per|every)(?![\\p{L}])"
                        + "|\\s(?=[a-z]+ed(?![\\p{L}-]))"),
                Pattern.compile("^.*(?:[,;:]|\\s(?:with|and|while|but|which|as|whereas|said|says|noted|added|stated"
                        + "|that))\\s+"),
                Set.of("exceeding", "of", "over", "nearly", "about", "reaching", "at", "to", "totaling", "totalling",
                        "reached", "hit", "was", "is", "stood", "by", "around", "almost", "more", "than", "some", "up",
                        "amounting", "were", "are", "has", "had", "have", "it", "now", "currently", "still"),
                Set.of("a", "an", "the", "with", "and", "its", "their", "while", "making"),
                "rank");
    }

    BigDecimal value(String digits) {
        String plain = language == Language.EN ? digits.replace(",", "") : digits.replace(".", "").replace(',', '.');
        return new BigDecimal(plain);
    }

    /** "US$", "$", "VND", "đồng" → the currency's code as the unit says it. */
    static String currency(String written) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        if (w.contains("$") || w.startsWith("dollar") || w.equals("usd")) {
            return "USD";
        }
        if (w.startsWith("vnd") || w.equals("vnđ")) {
            return "VND";
        }
        if (w.startsWith("euro") || w.equals("eur") || w.equals("€")) {
            return "EUR";
        }
        return written.strip();
    }

    /** "ba" → 3, "third" → 3, "5th" → 5, "1, 2" → 1; 0 when it is no number. */
    static int spelledValue(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        java.util.regex.Matcher digits = Pattern.compile("\\d+").matcher(w);
        if (digits.find()) {
            return Integer.parseInt(digits.group());
        }
        List<String> en = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen");
        List<String> ordinals = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth");
        List<String> vi = List.of("nhất", "nhì", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười");
        if (en.contains(w)) {
            return en.indexOf(w) + 1;
        }
        if (ordinals.contains(w)) {
            return ordinals.indexOf(w) + 1;
        }
        if (w.equals("hai")) {
            return 2;
        }
        if (vi.contains(w)) {
            return w.equals("nhất") ? 1 : w.equals("nhì") ? 2 : vi.indexOf(w) + 1;
        }
        return switch (w) {
            case "twenty" -> 20;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "hundred" -> 100;
            default -> 0;
        };
    }
}
