package org.acta.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a Vietnamese report names a body: a head word ("Ban", "Sở", "Thành ủy", "Đảng ủy Khối"…)
 * followed by capitalised words, where the second syllable of a word may be lowercase
 * ("Tổ chức", "Giáo dục", "Thành ủy").
 */
final class OrgNames {
    static final String HEADS = "Tổng cục|Học viện|Đại học|Đảng ủy|Đảng bộ|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy"
            + "|Thành đoàn|Tỉnh đoàn|Trung ương Đoàn|Ủy ban|Uỷ ban|Hội đồng|Liên đoàn|Mặt trận|Văn phòng|Trung tâm"
            + "|Công an|Bộ Chỉ huy|Tạp chí|Thanh tra|Kho bạc|Ngân hàng|Tập đoàn|Tổng công ty|Công ty|Ban|Vụ|Sở|Bộ"
            + "|Cục|Viện|Trường|Phòng|Báo|Đài|UBND|HĐND|MTTQ|Hội(?! nghị| thảo| trường| đồng)";
    /** A head word at a word start. */
    static final Pattern HEAD = Pattern.compile("(?<![\\p{L}])(" + HEADS + ")(?![\\p{L}])");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("và", "chủ", "các", "những", "của",
            "cho", "để", "về", "với", "tại", "trong", "có", "được", "phải", "sẽ", "đã", "là", "thì", "mà", "cùng");
    /** "UBND huyện Tiên Du", "UBND tỉnh": a unit of local government after an acronym. */
    private static final Pattern LOCALITY = Pattern.compile("(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)"
            + "(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*(?![\\p{L}])");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}" + Sentences.HELD_DOT + "]+|-|&");

    private OrgNames() {
    }

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
        Matcher m = TOKEN.matcher(t);
        int end = head.end();
        m.region(head.end(), t.length());
        boolean previousCapital = !head.group().matches("\\p{Lu}{2,}");
        while (m.find()) {
            String between = t.substring(end, m.start());
            if (!between.isBlank() && !between.isEmpty()) {
                break;
            }
            String token = m.group();
            boolean capital = Character.isUpperCase(token.codePointAt(0));
            boolean joiner = token.equals("-") || token.equals("&");
            boolean joinsNames = token.equals("và") && nextIsNamePart(t.substring(m.end()));
            if (LOCALITY.matcher(t.substring(m.start())).lookingAt() && !previousCapital) {
                Matcher place = LOCALITY.matcher(t.substring(m.start()));
                place.lookingAt();
                end = m.start() + place.end();
                break;
            }
            if (capital || joiner || joinsNames || (previousCapital && !FUNCTION_WORDS.contains(token))) {
                end = m.end();
                previousCapital = capital && !token.matches("\\p{Lu}{2,}");
            } else {
                break;
            }
        }
        String name = Sentences.trimPunctuation(t.substring(0, end)).replaceAll("\\s*-$", "");
        return Optional.of(name);
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

    /** The first body named inside text, as in a position "Giám đốc Sở Giáo dục - Đào tạo Hà Nội". */
    static Optional<String> within(String text, List<String> knownNames) {
        Matcher head = HEAD.matcher(text);
        while (head.find()) {
            if (head.start() > 0 && text.charAt(head.start() - 1) == '-') {
                continue;
            }
            Optional<String> name = leading(text.substring(head.start()), knownNames);
            if (name.isPresent()) {
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
