package org.acta.importer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a Vietnamese report names a body: a head word ("Ban", "Sở", "Thành ủy", "Đảng ủy Khối"…)
 * followed by capitalised words, where the second syllable of a word may be lowercase
 * ("Tổ chức", "Giáo dục", "Thành ủy"), and some two-syllable words are lowercase throughout
 * ("Ủy ban nhân dân", "Ủy ban kiểm tra", "Hội Cựu chiến binh", "Xúc tiến thương mại").
 */
final class OrgNames {
    static final String HEADS = "Tổng cục|Học viện|Đại học|Đảng ủy|Đảng bộ|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy"
            + "|Thành đoàn|Tỉnh đoàn|Trung ương Đoàn|Ủy ban|Uỷ ban|Hội đồng|Liên đoàn|Mặt trận|Văn phòng|Trung tâm"
            + "|Công an|Bộ Chỉ huy|Tạp chí|Thanh tra|Kho bạc|Ngân hàng|Tập đoàn|Tổng công ty|Công ty|Ban|Vụ|Sở|Bộ"
            + "|Cục|Viện|Trường|Phòng|Báo|Đài|UBND|HĐND|MTTQ|Bưu điện|Công đoàn|Hiệp hội|Liên hiệp|Liên minh|Chi cục"
            + "|Chi nhánh|Chi bộ|Bệnh viện|Tòa án|Toà án|Viện kiểm sát|Quỹ|Nhà xuất bản|Hợp tác xã|Câu lạc bộ"
            + "|Bộ Tư lệnh|Quân khu|Tiểu ban|Đoàn Thanh niên|Đoàn TNCS|Cảng vụ|Điện lực|Hội(?! nghị| thảo| trường| đồng)";
    /** Lowercase words of a body's name wherever they stand in it: "Ủy ban nhân dân", "Hội Cựu chiến binh". */
    private static final java.util.Set<String> NAME_WORDS = java.util.Set.of("nhân dân", "thương mại", "chiến binh",
            "xã hội", "chính trị", "an ninh", "quốc phòng", "hành chính", "nông thôn", "môi trường", "công nghệ",
            "truyền thông", "du lịch", "thể thao", "văn hóa", "văn hoá", "gia đình", "trẻ em", "dân số", "lao động",
            "thương binh", "giao thông", "vận tải", "tài nguyên", "đô thị", "công nghiệp", "dịch vụ", "kinh tế",
            "tài chính", "khoa học");
    /** Lowercase words that name a body only right after its head word: "Ủy ban kiểm tra", "Ban chỉ đạo". */
    private static final java.util.Set<String> HEAD_WORDS = java.util.Set.of("kiểm tra", "tổ chức", "chỉ đạo",
            "thường vụ", "thường trực", "chấp hành", "tuyên giáo", "dân vận", "nội chính", "chức năng", "chuyên môn",
            "quản lý", "điều hành", "đại diện", "bầu cử", "thi đua", "khen thưởng", "văn kiện", "biên tập");
    /** Heads that name a body by themselves, in the place the report is about: "Huyện ủy", "Tỉnh đoàn", "UBND". */
    private static final java.util.Set<String> SELF_NAMED = java.util.Set.of("Thành ủy", "Tỉnh ủy", "Huyện ủy",
            "Quận ủy", "Thị ủy", "Thành đoàn", "Tỉnh đoàn", "Trung ương Đoàn", "UBND", "HĐND", "MTTQ");
    /** A head word at a word start. */
    static final Pattern HEAD = Pattern.compile("(?<![\\p{L}])(" + HEADS + ")(?![\\p{L}])");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("và", "chủ", "các", "những", "của",
            "cho", "để", "về", "với", "tại", "trong", "có", "được", "phải", "sẽ", "đã", "là", "thì", "mà", "cùng");
    /** Words that begin an action, never the second syllable of a name's word: "Bộ Công Thương sớm hướng dẫn …". */
    private static final java.util.Set<String> ACTION_WORDS = java.util.Set.of("sớm", "khẩn", "tiếp", "tăng", "rà",
            "triển", "thực", "hoàn", "kịp", "nghiên", "phối", "tham", "đẩy", "nâng", "theo", "tổng", "đôn", "hướng",
            "xem", "giải", "bố", "ưu", "bảo", "phát", "lập", "làm", "cung", "đề", "thẩm", "phê", "điều", "xử",
            "chuẩn", "kêu", "khắc", "ổn", "duy", "mở", "tìm", "đánh", "khảo", "cam", "gửi");
    /**
     * Words of a name whose second syllable would begin an action ({@link #ACTION_WORDS}), read as the
     * name's when the first is capitalised: "Phòng Nông nghiệp và Phát triển nông thôn", but "Bộ Công
     * Thương phát triển …" ends at "Thương".
     */
    private static final java.util.Set<String> CAPITALISED_WORDS = java.util.Set.of("phát triển");
    /** "UBND huyện Tiên Du", "UBND tỉnh": a unit of local government after an acronym. */
    private static final Pattern LOCALITY = Pattern.compile("(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)"
            + "(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*(?![\\p{L}])");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}" + Sentences.HELD_DOT + "]+|-|&");

    private OrgNames() {
    }

    /**
     * What the word before is: the head ("Ban"), a head of two words ("Ủy ban"), an acronym, a
     * capitalised word, a head inside the name ("… Tổng công ty …"), a lowercase syllable, a joiner.
     */
    private enum State { HEAD, FIRST, ACRONYM, CAPITAL, INNER, SYLLABLE, JOINER }

    /**
     * The name of the body that text begins with, read as far as its words are capitalised
     * ({@code "Ban Tổ chức Thành ủy ghi nhận…"} → {@code "Ban Tổ chức Thành ủy"}); empty when
     * text does not begin with a head word.
     */
    static Optional<String> leading(String text, List<String> knownNames) {
        String t = text.strip();
        Matcher head = HEAD.matcher(t);
        if (!head.lookingAt()) {
            return Optional.empty();
        }
        Optional<String> known = knownPrefix(t, knownNames);
        if (known.isPresent()) {
            return known;
        }
        int end = nameEnd(t, head);
        String name = Sentences.trimPunctuation(t.substring(0, end)).replaceAll("\\s*-$", "");
        return Optional.of(name);
    }

    /** Whether a name read by {@link #leading} names a body: not a head word alone ("Ban", "Đảng ủy"), but "Huyện ủy". */
    static boolean isBody(String name) {
        Matcher head = HEAD.matcher(name);
        return head.lookingAt() && (head.end() < name.length() || SELF_NAMED.contains(name));
    }

    /** Where the name that begins at {@code head} ends: the words its head and their capitals carry. */
    private static int nameEnd(String t, Matcher head) {
        List<int[]> tokens = tokens(t, head.end());
        int end = head.end();
        boolean acronym = head.group().matches("\\p{Lu}{2,}");
        State state = acronym ? State.ACRONYM : head.group().contains(" ") ? State.FIRST : State.HEAD;
        for (int i = 0; i < tokens.size(); i++) {
            String token = t.substring(tokens.get(i)[0], tokens.get(i)[1]);
            String next = i + 1 < tokens.size() ? t.substring(tokens.get(i + 1)[0], tokens.get(i + 1)[1]) : "";
            String previous = i > 0 ? t.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]) : head.group();
            boolean capital = Character.isUpperCase(token.codePointAt(0));
            boolean capitalBefore = state == State.CAPITAL || state == State.HEAD;
            if (LOCALITY.matcher(t.substring(tokens.get(i)[0])).lookingAt() && !capitalBefore) {
                Matcher place = LOCALITY.matcher(t.substring(tokens.get(i)[0]));
                place.lookingAt();
                end = tokens.get(i)[0] + place.end();
                break;
            }
            Matcher inner = HEAD.matcher(t.substring(tokens.get(i)[0]));
            if (capital && inner.lookingAt() && inner.group().contains(" ")) {
                int stop = tokens.get(i)[0] + inner.end();
                while (i + 1 < tokens.size() && tokens.get(i + 1)[1] <= stop) {
                    i++;
                }
                state = State.INNER;
            } else if (capital) {
                state = token.matches("\\p{Lu}{2,}") ? State.ACRONYM : State.CAPITAL;
            } else if (token.equals("-") || token.equals("&") || token.equals("và") && nextIsNamePart(t.substring(
                    tokens.get(i)[1]))) {
                state = State.JOINER;
            } else if (EnumSet.of(State.HEAD, State.ACRONYM, State.FIRST).contains(state)
                    && HEAD_WORDS.contains(token + " " + next) || NAME_WORDS.contains(token + " " + next)) {
                end = tokens.get(++i)[1];
                state = State.SYLLABLE;
                continue;
            } else if (state == State.SYLLABLE && NAME_WORDS.contains(previous + " " + token)) {
                state = State.SYLLABLE;
            } else if (capitalBefore && !FUNCTION_WORDS.contains(token) && !(state == State.CAPITAL
                    && ACTION_WORDS.contains(token) && !CAPITALISED_WORDS.contains(lower(previous) + " " + token))) {
                state = State.SYLLABLE;
            } else {
                break;
            }
            end = tokens.get(i)[1];
        }
        return end;
    }

    private static String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    /** The words after {@code from}, each separated from the one before by white space only. */
    private static List<int[]> tokens(String t, int from) {
        List<int[]> tokens = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        m.region(from, t.length());
        int last = from;
        while (m.find() && t.substring(last, m.start()).isBlank()) {
            tokens.add(new int[] {m.start(), m.end()});
            last = m.end();
        }
        return tokens;
    }

    /** After "và": a capitalised word that starts no other body, as in "Sở Kế hoạch và Đầu tư". */
    private static boolean nextIsNamePart(String rest) {
        String r = rest.strip();
        return !r.isEmpty() && Character.isUpperCase(r.codePointAt(0)) && !HEAD.matcher(r).lookingAt();
    }

    /** The longest known name that text begins with, compared folded. */
    private static Optional<String> knownPrefix(String text, List<String> knownNames) {
        String folded = org.acta.model.Ids.fold(text);
        String best = null;
        for (String name : knownNames) {
            String n = org.acta.model.Ids.fold(name);
            if (n.isEmpty() || !folded.startsWith(n)) {
                continue;
            }
            boolean wordEnd = folded.length() == n.length() || !Character.isLetter(folded.charAt(n.length()));
            if (wordEnd && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return Optional.ofNullable(best).map(b -> text.substring(0, b.length()));
    }

    /** "UBND các huyện, thị xã": after an acronym or "Ủy ban nhân dân", the localities it stands for. */
    private static final Pattern LOCALITIES = Pattern.compile("^\\s+(?:các\\s+)?(?:huyện|quận|thị xã|thành phố|tỉnh"
            + "|xã|phường|sở|ban|ngành)(?:\\s*,\\s*(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|sở|ban|ngành)"
            + "|\\s+(?:và|,)\\s+(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|sở|ban|ngành))*");

    /** The name with the localities that follow it in text, when it ends with an acronym or "nhân dân". */
    static String withLocalities(String name, String after) {
        Matcher places = LOCALITIES.matcher(after);
        return name.matches(".*(?:\\p{Lu}{2,}|nhân dân)") && places.lookingAt() ? name + places.group() : name;
    }

    /** Every body text names, in order; a head word alone ("Đảng ủy, Giám đốc …") names none. */
    static List<String> all(String text) {
        List<String> names = new java.util.ArrayList<>();
        Matcher head = HEAD.matcher(text);
        int after = 0;
        while (head.find()) {
            if (head.start() < after || head.start() > 0 && text.charAt(head.start() - 1) == '-') {
                continue;
            }
            Optional<String> name = leading(text.substring(head.start()), List.of());
            if (name.isEmpty() || !isBody(name.get())) {
                continue;
            }
            String full = withLocalities(name.get(), text.substring(head.start() + name.get().length()));
            names.add(full);
            after = head.start() + full.length();
        }
        return names;
    }

    /**
     * The first body named inside text, as in a position "Giám đốc Sở Giáo dục - Đào tạo Hà Nội";
     * a head word alone ("Phó Bí thư Huyện ủy") names no one body.
     */
    static Optional<String> within(String text, List<String> knownNames) {
        Matcher head = HEAD.matcher(text);
        while (head.find()) {
            if (head.start() > 0 && text.charAt(head.start() - 1) == '-') {
                continue;
            }
            Optional<String> name = leading(text.substring(head.start()), knownNames);
            if (name.isPresent() && isBody(name.get())) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** Whether two names are one body: equal folded, or one is the other without a trailing place name. */
    static boolean same(String a, String b) {
        String fa = org.acta.model.Ids.fold(Sentences.restore(a)).strip();
        String fb = org.acta.model.Ids.fold(Sentences.restore(b)).strip();
        if (fa.equals(fb)) {
            return true;
        }
        String shorter = fa.length() < fb.length() ? fa : fb;
        String longerOriginal = fa.length() < fb.length() ? b : a;
        String longer = fa.length() < fb.length() ? fb : fa;
        if (!longer.startsWith(shorter + " ")) {
            return false;
        }
        String rest = Sentences.restore(longerOriginal).strip().substring(shorter.length()).strip()
                .replaceFirst("^(tỉnh|thành phố|TP\\.|huyện|quận|thị xã)\\s+(?=\\p{Lu})", "");
        String[] words = rest.split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return !rest.isEmpty() && !HEAD.matcher(rest).find();
    }
}
