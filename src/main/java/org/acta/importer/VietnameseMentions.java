package org.acta.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Vietnamese news names people: "đồng chí Đặng Văn An, Chủ tịch …", "ông Lê Bình – Giám đốc …",
 * "Đại tá Trần Cường", a position before a full name ("UVTW Đảng, Bí thư Tỉnh ủy Lê Văn Bình"), an
 * office alone ("đồng chí Bí thư Huyện ủy", "Giám đốc Sở cho biết") and "Đồng chí" for the person
 * just named. A full name without "đồng chí" or "ông" is three or four syllables led by a family
 * name; two-syllable names of that shape are too often places ("Hà Nội") to be taken.
 */
final class VietnameseMentions {
    static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*";
    static final String SURNAMES = "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lương"
            + "|Đinh|Trịnh|Đoàn|Trương|Lâm|Mai|Tô|Hà|Đào|Cao|Chu|Lưu|Quách|Tạ|Vương|Từ|Thái|Kiều|Triệu|Hứa|Tăng|Lại"
            + "|Mạc|Phùng|Đàm|Thân|Giang|Lò|Hầu|Nông|La|Âu|Khúc|Khổng|Tống|Doãn|Châu|Nghiêm|Diệp|Lã|Lục|Ninh|Quan"
            + "|Tôn|Thạch|Hàn|Bạch|Chế|Cù|Lạc|Mẫn|Tiêu|Mã|Ứng|Phí|Trình|Bế|Đậu|Thiều|Khương|Văn|Ông|Chẩu|Giàng|Sùng"
            + "|Thào|Vàng|Mùa|Lầu|Tòng|Quàng|Lường|Cầm|Sầm|Ma|Đèo|Điêu|Lữ|Ksor|Siu|Rơ Châm|Nay";
    private static final String RANKS = "Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá"
            + "|Thiếu tá|Đại úy|Đại uý|Thượng úy|Trung úy|Thiếu úy|Chuẩn đô đốc|Phó Đô đốc|Đô đốc";
    private static final String ACADEMIC = "(?:GS|PGS|TS|ThS|BS|KS|NSND|NSƯT|NGND|NGƯT|Luật sư|Nhà giáo)(?:["
            + Sentences.HELD_DOT + ".]?\\s?(?:TS|ThS|BS|KH)[" + Sentences.HELD_DOT + ".]?)?";
    private static final Pattern HONORIFIC = Pattern.compile("(?<![\\p{L}])(?:(?<pronoun>[Đđ]ồng chí|[Ôô]ng|[Bb]à)"
            + "|(?<rank>" + RANKS + ")|[Aa]nh|[Cc]hị|" + ACADEMIC + ")[" + Sentences.HELD_DOT + ".]?\\s+");
    /** The words positions begin with, so that a name is told from the office before it. */
    static final String TITLES = "(?:(?:Nguyên|Quyền|Phó|Tổng|Đệ nhất|Thứ nhất)\\s+)*(?:Bí thư|Chủ tịch|Giám đốc"
            + "|Trưởng|Bộ trưởng|Thứ trưởng|Thủ tướng|Chủ nhiệm|Ủy viên|Uỷ viên|UVTW|UVBTV|UVBCH|UV|TUV|HUV|ĐUV|TƯV"
            + "|Tư lệnh|Chính ủy"
            + "|Chính uỷ|Chỉ huy trưởng|Viện trưởng|Hiệu trưởng|Cục trưởng|Vụ trưởng|Chánh|Đại sứ|Tổng Lãnh sự"
            + "|Lãnh sự|Thư ký|Đại biểu Quốc hội|Chủ tọa|Người phát ngôn|Tổng biên tập|Thường trực|Kế toán trưởng"
            + "|Tổng cục trưởng|Thủ trưởng|Chánh án|Giáo sư|Tiến sĩ|Trợ lý|Đặc phái viên|Thành viên|Chuyên gia"
            + "|Bác sĩ|Kỹ sư|Nghệ sĩ|Điều phối viên|Chủ tịch nước|Tổng Bí thư|Quận trưởng|Huyện trưởng|Đại diện"
            + "|" + RANKS + ")(?![\\p{L}])";
    static final Pattern TITLE = Pattern.compile(TITLES);
    private static final Set<String> TITLE_WORDS = Set.of("Phó", "Bí", "Chủ", "Giám", "Trưởng", "Ủy", "Uỷ", "Thứ",
            "Bộ", "Tổng", "Chánh", "Viện", "Hiệu", "Thành", "Tỉnh", "Các", "Trung", "Thường", "Nguyên", "Quyền",
            "Tư", "Chính", "Chỉ", "Cục", "Vụ", "Đại", "Thủ", "Trợ", "Người", "Kế", "Lãnh");
    private static final Pattern NAME = Pattern.compile(WORD + "(?:\\s+" + WORD + "){0,4}(?![\\p{L}])");
    private static final Pattern BARE_NAME = Pattern.compile("(?<![\\p{L}])(?:" + SURNAMES + ")(?:\\s+" + WORD
            + "){2,3}(?![\\p{L}])");
    /** Names that are places or institutions, not people at a meeting. */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:Hồ Chí Minh|Phan Rang|Bà Rịa|Lê Chân|Ngô Quyền"
            + "|Hoàng Mai|Hoàng Sa|Trường Sa)");
    /** Before a name, words that make it the name of a street, a school or a place. */
    private static final Pattern NAMED_AFTER = Pattern.compile("(?:(?<!thành )phố|Phố|đường|Đường|Trường|Đại học"
            + "|Học viện|Bệnh viện|Quảng trường|Bảo tàng|Thư viện|Công viên|Giải thưởng|Quỹ|[Cc]ầu|Chợ|[Kk]hu|Lăng"
            + "|Tượng đài|Đền|[Tt]ư tưởng|TNCS|Nhà văn hóa|Nhà văn hoá|Chủ tịch|Bác|[Cc]hủ nghĩa)\\s+$");
    /** "các đồng chí", "những ông": a group, not the person just named. */
    private static final Pattern PLURAL_BEFORE = Pattern.compile("(?<![\\p{L}])(?:các|những|mấy|hai|ba)\\s+$");
    /** "bà con", "ông bà": kin words, not a person. */
    private static final Pattern KIN = Pattern.compile("(?:con|cháu|bà|ông|cha|mẹ)(?![\\p{L}])");
    /** A name as an item of a list of people, with its position after a comma: "…: Lò Văn A, Bí thư …; …". */
    private static final Pattern LISTED_NAME = Pattern.compile("(?:^|[:;]\\s*|\\s(?:có|và|gồm|cùng)\\s+)(" + WORD
            + "(?:\\s+" + WORD + "){1,3})(?=\\s*[,–—-]\\s)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+[-–—]\\s+|\\s*\\(\\s*");
    static final String SPEECH_VERBS = "phát biểu|nhấn mạnh|yêu cầu|đề nghị|chỉ đạo|khẳng định|cho biết|đánh giá"
            + "|nêu rõ|nêu|chỉ rõ|chỉ ra|lưu ý|đề xuất|giao|phân tích|bày tỏ|cho rằng|ghi nhận|biểu dương|mong muốn"
            + "|nhắc lại|thông báo|trình bày|báo cáo|kết luận|khai mạc|bế mạc|chia sẻ|thông tin|nhận định|quán triệt"
            + "|chúc mừng|gợi mở|kiến nghị|tham luận|giải trình|tiếp thu|trao đổi|phát động|đặt vấn đề|hoan nghênh"
            + "|cảm ơn|khái quát|đề dẫn|nói|cam kết|kêu gọi|động viên|tuyên bố|công bố|nhắn nhủ|nhận xét|thừa nhận"
            + "|lý giải|giải thích|tái khẳng định|khuyến nghị|giới thiệu|trả lời|lưu ý|định hướng|thông qua|đặt hàng";
    private static final String ADVERBS = "cũng|đã|đồng thời|tiếp tục|còn|vừa|lại|thì|một lần nữa|đặc biệt|luôn"
            + "|đều|sau đó|trước hết";
    private static final Pattern STOP = Pattern.compile("(?<![\\p{L}])(?:" + SPEECH_VERBS + "|" + ADVERBS
            + "|tại|chủ trì|dự(?!\\s+(?:án|kiến|báo|thảo|toán|phòng|trữ|bị|định))|tham dự|về dự|cho|về|khi|người|là"
            + "|được|trong|với|đến|để|và các|cùng|nhằm|có)(?![\\p{L}])"
            + "|[;:()“”\"]|\\.(?=\\s|$)|,\\s+(?=\\p{Ll}|(?:Hội nghị|Hội thảo|Tọa đàm|Toạ đàm|Lễ|Đại hội)(?![\\p{L}]))"
            + "|\\s+và\\s+(?=" + HONORIFIC.pattern() + ")");
    static final Pattern VERB_AFTER = Pattern.compile("^\\s*,?\\s*(?:(?:" + ADVERBS + ")\\s+)*(?:" + SPEECH_VERBS
            + ")(?![\\p{L}])");
    /** Inside the words before a name, where a list's next position begins: "… có Bí thư …", "… và Phó …". */
    private static final Pattern LIST_TURN = Pattern.compile("(?:^|\\s)(?:có|là|gồm|và|cùng|với|của)\\s+(?=" + TITLES
            + ")");

    private VietnameseMentions() {
    }

    /** The people a prepared sentence names, in order. */
    static List<Mention> find(String s) {
        List<Mention> found = new ArrayList<>();
        Matcher h = HONORIFIC.matcher(s);
        while (h.find()) {
            honorific(s, h).ifPresent(found::add);
        }
        Matcher b = BARE_NAME.matcher(s);
        while (b.find()) {
            int start = b.start();
            if (found.stream().anyMatch(m -> m.start() <= start && start < m.end())
                    || NOT_A_NAME.matcher(b.group()).find() || NAMED_AFTER.matcher(s.substring(0, start)).find()) {
                continue;
            }
            Optional<int[]> before = positionBefore(s, start, false);
            Optional<int[]> after = positionAfter(s, b.end());
            if (before.isEmpty() && after.isEmpty() && !VERB_AFTER.matcher(s.substring(b.end())).find()) {
                continue;
            }
            Optional<String> position = after.or(() -> before).map(span -> Sentences.trimPunctuation(
                    s.substring(span[0], span[1])));
            found.add(Mention.named(b.group(), position, before.map(span -> span[0]).orElse(start),
                    after.map(span -> span[1]).orElse(b.end())));
        }
        Matcher listed = LISTED_NAME.matcher(s);
        while (listed.find()) {
            int start = listed.start(1);
            Optional<int[]> pos = positionAfter(s, listed.end(1));
            if (found.stream().noneMatch(m -> m.start() <= start && start < m.end()) && pos.isPresent()
                    && TITLE.matcher(s.substring(pos.get()[0])).lookingAt()) {
                found.add(Mention.named(listed.group(1), Optional.of(Sentences.trimPunctuation(s.substring(pos.get()[0],
                        pos.get()[1]))), start, pos.get()[1]));
            }
        }
        bareOffice(s).filter(o -> found.stream().noneMatch(m -> m.start() <= o.start() && o.start() < m.end()))
                .ifPresent(found::add);
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** "đồng chí Tên[, Chức vụ]", "đồng chí Chức vụ", "Đồng chí" alone, "Đại tá Tên", "PGS.TS. Tên". */
    private static Optional<Mention> honorific(String s, Matcher h) {
        int after = h.end();
        Matcher name = NAME.matcher(s).region(after, s.length());
        boolean named = name.lookingAt() && !TITLE_WORDS.contains(name.group().split("\\s+")[0])
                && !NOT_A_NAME.matcher(s.substring(h.start())).find();
        String rank = h.group("rank");
        if (named) {
            Optional<int[]> pos = positionAfter(s, name.end());
            Optional<String> position = pos.map(span -> Sentences.trimPunctuation(s.substring(span[0], span[1])));
            if (position.isEmpty()) {
                position = positionBefore(s, h.start(), true).map(span -> Sentences.trimPunctuation(
                        s.substring(span[0], span[1])));
            }
            if (rank != null) {
                position = Optional.of(position.map(p -> rank + ", " + p).orElse(rank));
            }
            return Optional.of(Mention.named(name.group(), position, h.start(), pos.map(span -> span[1])
                    .orElse(name.end())));
        }
        Matcher title = TITLE.matcher(s).region(after, s.length());
        if (title.lookingAt()) {
            int end = after + stop(s.substring(after));
            String office = Sentences.trimPunctuation(s.substring(after, end));
            Matcher inside = BARE_NAME.matcher(office);
            while (inside.find()) {
                if (inside.start() > 0 && inside.end() == office.length()) {
                    return Optional.of(Mention.named(inside.group(), Optional.of(office.substring(0, inside.start())
                            .strip()), h.start(), after + office.length()));
                }
            }
            return Optional.of(Mention.office(office, h.start(), after + office.length()));
        }
        boolean plural = PLURAL_BEFORE.matcher(s.substring(0, h.start())).find();
        boolean pronoun = h.group("pronoun") != null && after < s.length() && !plural
                && Character.isLowerCase(s.codePointAt(after)) && !KIN.matcher(s.substring(after)).lookingAt();
        return pronoun ? Optional.of(Mention.pronoun(h.start(), after - 1)) : Optional.empty();
    }

    /** "Bí thư Huyện ủy nhấn mạnh …", "Giám đốc yêu cầu …": an office as the subject, at the clause's start. */
    private static Optional<Mention> bareOffice(String s) {
        Matcher clause = Pattern.compile("(?:^|,\\s+)(?=" + TITLES + ")").matcher(s);
        while (clause.find()) {
            int start = clause.end();
            if (start > 120) {
                break;
            }
            int end = start + stop(s.substring(start));
            String office = Sentences.trimPunctuation(s.substring(start, end));
            if (!office.isEmpty() && VERB_AFTER.matcher(s.substring(start + office.length())).find()) {
                return Optional.of(Mention.office(office, start, start + office.length()));
            }
        }
        return Optional.empty();
    }

    /** The position stated after a name: "…, Giám đốc Sở …", "… – Chủ tịch …", "… (Giám đốc …)". */
    static Optional<int[]> positionAfter(String s, int nameEnd) {
        Matcher sep = SEPARATOR.matcher(s).region(nameEnd, s.length());
        if (!sep.lookingAt()) {
            return Optional.empty();
        }
        int from = sep.end();
        String rest = s.substring(from);
        int close = rest.indexOf(')');
        int end = sep.group().contains("(") ? (close < 0 ? rest.length() : close) : stop(rest);
        String position = Sentences.trimPunctuation(rest.substring(0, end));
        boolean valid = !position.isEmpty() && Character.isUpperCase(position.codePointAt(0))
                && position.split("\\s+").length <= 25 && !HONORIFIC.matcher(position).lookingAt()
                && !BARE_NAME.matcher(position).lookingAt()
                && (TITLE.matcher(position).lookingAt() || OrgNames.HEAD.matcher(position).lookingAt());
        return valid ? Optional.of(new int[] {from, from + rest.indexOf(position) + position.length()})
                : Optional.empty();
    }

    /**
     * The position stated before a name, as far back as the chunks between commas are positions:
     * "Phát biểu bế mạc, UVTW Đảng, Bí thư Tỉnh ủy Lê Văn Bình" → "UVTW Đảng, Bí thư Tỉnh ủy".
     */
    static Optional<int[]> positionBefore(String s, int nameStart, boolean afterComma) {
        String before = s.substring(0, nameStart);
        int cut = before.length();
        if (afterComma) {
            String trimmed = before.stripTrailing();
            if (!trimmed.endsWith(",")) {
                return Optional.empty();
            }
            cut = trimmed.length() - 1;
        } else if (!before.endsWith(" ")) {
            return Optional.empty();
        }
        int start = -1;
        while (cut > 0) {
            int sep = Math.max(before.lastIndexOf(',', cut - 1), before.lastIndexOf(';', cut - 1));
            String chunk = before.substring(sep + 1, cut);
            int chunkStart = sep + 1 + (chunk.length() - chunk.stripLeading().length());
            Matcher turn = LIST_TURN.matcher(chunk);
            int turnEnd = -1;
            while (turn.find()) {
                turnEnd = turn.end();
            }
            if (turnEnd >= 0) {
                start = sep + 1 + turnEnd;
                break;
            }
            if (!TITLE.matcher(chunk.strip()).lookingAt()) {
                break;
            }
            start = chunkStart;
            if (sep < 0 || before.charAt(sep) == ';') {
                break;
            }
            cut = sep;
        }
        if (start < 0) {
            return Optional.empty();
        }
        int end = afterComma ? before.stripTrailing().length() - 1 : nameStart;
        String position = s.substring(start, end);
        return position.split("\\s+").length <= 25 ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    /** How far a position runs: up to its verb, a clause of lowercase words, or punctuation. */
    private static int stop(String rest) {
        Matcher m = STOP.matcher(rest);
        return m.find() ? m.start() : rest.length();
    }
}
