package org.acta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;

/**
 * Who a request is made to, read from the words after its verb: named bodies ("Ban Tuyên giáo
 * Huyện ủy", "UBND các huyện, thị xã", "the Department of Planning"), several at once ("các Ban,
 * Văn phòng Huyện ủy"), or a group that names no one body ("các cấp, ngành", "các phòng chức năng
 * Bưu điện …", "ministries and sectors").
 */
final class Addressees {
    private static final String DETERMINER_VI = "(?:(?:các|những|toàn thể|mỗi|từng|cả|mọi|tất cả các|toàn bộ)\\s+)";
    private static final String GROUP_VI = longestFirst("cấp ủy", "cấp uỷ", "cấp", "ngành", "đơn vị", "địa phương",
            "cơ quan", "sở", "ban", "phòng", "tổ chức", "đảng ủy", "đảng uỷ", "chi bộ", "đoàn thể", "hội viên",
            "cán bộ", "đảng viên", "doanh nghiệp", "trường", "xã", "phường", "huyện", "quận", "thành viên",
            "lực lượng", "hệ thống chính trị", "bộ phận", "tập thể", "cá nhân", "đại biểu", "hội", "chủ đầu tư",
            "nhà thầu", "người đứng đầu", "thủ trưởng", "lãnh đạo", "ủy viên", "tiểu ban", "tổ", "nhóm", "hộ",
            "người dân", "nhân dân", "học sinh", "giáo viên", "bộ", "ngành chức năng", "cơ quan chức năng", "thôn",
            "bản", "khu phố", "chính quyền", "đoàn viên", "công đoàn", "đảng bộ", "chi(?=\\s*,)");
    private static final String MORE_VI = longestFirst("cấp", "ngành", "đơn vị", "địa phương", "cơ quan", "sở",
            "ban", "đoàn thể", "liên quan", "chức năng", "trực thuộc", "đảng", "Đảng", "có liên quan", "chuyên môn",
            "thành viên", "cơ sở", "tỉnh", "huyện", "xã", "thành phố", "quận", "phường", "trong tỉnh",
            "trên địa bàn", "toàn tỉnh", "toàn thành phố", "các cấp", "cấp dưới", "chính quyền", "đoàn thể",
            "đảng bộ", "chi bộ");
    private static final Pattern GENERIC_VI = Pattern.compile("(?iu)^" + DETERMINER_VI + "?" + GROUP_VI
            + "(?![\\p{L}])(?:(?:\\s*,\\s*|\\s+và\\s+|\\s+)(?:các\\s+)?" + MORE_VI + "(?![\\p{L}]))*");
    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\s*,\\s*(?:và\\s+)?|\\s+và\\s+|\\s+cùng\\s+)");
    private static final Pattern LEAD_VI = Pattern.compile("^(?:cho\\s+|nhiệm vụ cho\\s+|nhiệm vụ\\s+(?=\\p{Lu}))");

    private static final String CAP_EN = "(?:\\p{Lu}[\\p{L}'’-]*|\\p{Lu}{2,})";
    private static final String GROUP_EN = "(?:ministries|agencies|sectors|localities|units|departments|businesses"
            + "|enterprises|groups|corporations|firms|authorities|provinces|cities|organisations|organizations"
            + "|members|investors|officials|branches|committees|schools|hospitals|leaders|bodies|stakeholders"
            + "|partners|residents|parties|companies|banks|agencies|levels|sectors|staff|employees|people)";
    private static final Pattern GENERIC_EN = Pattern.compile("(?i)^(?:(?:all|the|relevant|concerned|local|other|its"
            + "|their|member|state|provincial|municipal|and|related|competent|functional)\\s+)*" + GROUP_EN
            + "(?![\\p{L}])(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)(?:(?:the|relevant|other|local|all)\\s+)*(?:\\p{Ll}+\\s+)?"
            + GROUP_EN + "(?![\\p{L}]))*(?:\\s+of\\s+(?:the\\s+)?" + CAP_EN + "(?:\\s+" + CAP_EN + ")*)?"
            + "(?:\\s+(?:of|in|at|across|from|under)\\s+[^,;]{1,60}?(?=\\s+to\\s+\\p{Ll}))?");
    private static final Pattern LEAD_EN = Pattern.compile("^(?:that\\s+)");
    /** "the Ministry of Finance and the State Bank": two bodies, where "Ministry of Industry and Trade" is one. */
    private static final Pattern AND_THE = Pattern.compile("\\s+and\\s+(?:the\\s+)?(?=\\p{Lu})");
    private static final Pattern SEPARATOR_EN = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)");
    private static final Pattern BARE_HEAD = Pattern.compile("^" + DETERMINER_VI + "(?:" + OrgNames.HEADS
            + ")(?=\\s*[,;]|\\s+và\\s)");
    private static final Pattern ACTION_EN = Pattern.compile("^\\s*,?\\s*(?:to|should|must|would|will|shall)\\s+");

    private Addressees() {
    }

    /** An alternation that tries longer words first, so "đảng bộ" is not read as "đảng". */
    private static String longestFirst(String... words) {
        return "(?:" + java.util.Arrays.stream(words).sorted(java.util.Comparator.comparingInt(String::length)
                .reversed()).collect(java.util.stream.Collectors.joining("|")) + ")";
    }

    /**
     * Who: the named bodies in order and the words for the groups that name no one body;
     * {@code words} the whole addressee as written, {@code end} where the requested action begins.
     */
    record Addressee(List<String> bodies, List<String> groups, String words, int end) {
        Addressee {
            bodies = List.copyOf(bodies);
            groups = List.copyOf(groups);
        }
    }

    static Optional<Addressee> read(String rest, Language language, List<String> knownNames) {
        return language == Language.EN ? english(rest) : vietnamese(rest, knownNames);
    }

    /** One addressee read at the start of a text: a body or a group, and how many characters it takes. */
    private record Item(boolean body, String words, int length) {
    }

    /** The addressees at the start of {@code rest}, one after another as long as a separator joins them. */
    private static Addressee list(String rest, Pattern lead, BiFunction<String, Boolean, Optional<Item>> item,
                                  Pattern separator) {
        Matcher opening = lead.matcher(rest);
        int start = opening.lookingAt() ? opening.end() : 0;
        int at = start;
        List<String> bodies = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Optional<Item> next = item.apply(rest.substring(at), true); next.isPresent(); ) {
            (next.get().body() ? bodies : groups).add(Sentences.restore(next.get().words()));
            at += next.get().length();
            Matcher sep = separator.matcher(rest.substring(at));
            next = sep.lookingAt() ? item.apply(rest.substring(at + sep.end()), false) : Optional.empty();
            if (next.isPresent()) {
                at += sep.end();
            }
        }
        return new Addressee(bodies, groups, Sentences.restore(rest.substring(start, at)).strip(), at);
    }

    private static Optional<Addressee> vietnamese(String rest, List<String> knownNames) {
        Addressee who = list(rest, LEAD_VI, (text, first) -> vietnameseItem(text, knownNames, first), SEPARATOR);
        return who.bodies().isEmpty() && who.groups().isEmpty() ? Optional.empty() : Optional.of(who);
    }

    /** A named body, or a group (after "các" unless it comes first), with the body it belongs to if named. */
    private static Optional<Item> vietnameseItem(String text, List<String> knownNames, boolean first) {
        Optional<String> named = OrgNames.leading(text, knownNames).filter(OrgNames::isBody);
        if (named.isPresent()) {
            String name = OrgNames.withLocalities(named.get(), text.substring(named.get().length()));
            return Optional.of(new Item(true, name, name.length()));
        }
        Matcher group = GENERIC_VI.matcher(text);
        boolean grouped = group.lookingAt() && (first || text.matches("^" + DETERMINER_VI + ".*"));
        Optional<Integer> head = bareHead(text);
        if (!grouped && head.isEmpty()) {
            return Optional.empty();
        }
        int taken = grouped ? group.end() : head.get();
        String after = text.substring(taken);
        Optional<String> parent = after.startsWith(" ")
                ? OrgNames.leading(after.substring(1), knownNames).filter(n -> n.contains(" ")) : Optional.empty();
        if (parent.isPresent()) {
            taken += 1 + parent.get().length();
        }
        return Optional.of(new Item(false, text.substring(0, taken), taken));
    }

    /** "các Ban, Văn phòng …": a head word alone after "các", which names no body by itself. */
    private static Optional<Integer> bareHead(String text) {
        Matcher m = BARE_HEAD.matcher(text);
        return m.lookingAt() ? Optional.of(m.end()) : Optional.empty();
    }

    private static Optional<Addressee> english(String rest) {
        Addressee who = list(rest, LEAD_EN, (text, first) -> englishItem(text), SEPARATOR_EN);
        String after = rest.substring(who.end());
        Matcher action = ACTION_EN.matcher(after);
        boolean clause = LEAD_EN.matcher(rest).lookingAt() && after.matches("\\s+\\p{Ll}.*");
        if (who.bodies().isEmpty() && who.groups().isEmpty() || !action.lookingAt() && !clause) {
            return Optional.empty();
        }
        return Optional.of(new Addressee(who.bodies(), who.groups(), who.words(),
                who.end() + (action.lookingAt() ? action.end() : 1)));
    }

    private static Optional<Item> englishItem(String text) {
        Matcher named = Organizations.NAMED_EN.matcher(text);
        if (named.lookingAt() && Organizations.NOUN_EN.matcher(named.group(1)).find()) {
            Matcher and = AND_THE.matcher(named.group(1));
            while (and.find()) {
                String left = named.group(1).substring(0, and.start());
                String right = named.group(1).substring(and.end());
                if (Organizations.NOUN_EN.matcher(left).find() && Organizations.NOUN_EN.matcher(right).find()) {
                    return Optional.of(new Item(true, left, named.start(1) + left.length()));
                }
            }
            String name = named.group(1) + (named.group(2) == null ? "" : " (" + named.group(2) + ")");
            return Optional.of(new Item(true, name, named.end()));
        }
        Matcher group = GENERIC_EN.matcher(text);
        return group.lookingAt() ? Optional.of(new Item(false, group.group().replaceFirst("^the\\s+", ""),
                group.end())) : Optional.empty();
    }
}
