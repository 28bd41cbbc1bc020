package org.acta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private static final Pattern GENERIC_EN = Pattern.compile("^(?:(?:all|the|relevant|concerned|local|other|its"
            + "|their|member|state|provincial|municipal|and|related|competent|functional)\\s+)*" + GROUP_EN
            + "(?![\\p{L}])(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)(?:(?:the|relevant|other|local|all)\\s+)*(?:\\p{Ll}+\\s+)?"
            + GROUP_EN + "(?![\\p{L}]))*(?:\\s+of\\s+(?:the\\s+)?" + CAP_EN + "(?:\\s+" + CAP_EN + ")*)?"
            + "(?:\\s+(?:of|in|at|across|from|under)\\s+[^,;]{1,60}?(?=\\s+to\\s+\\p{Ll}))?");
    private static final Pattern LEAD_EN = Pattern.compile("^(?:that\\s+)");
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

    private static Optional<Addressee> vietnamese(String rest, List<String> knownNames) {
        Matcher lead = LEAD_VI.matcher(rest);
        int start = lead.lookingAt() ? lead.end() : 0;
        int at = start;
        List<String> bodies = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        while (true) {
            String text = rest.substring(at);
            Optional<String> named = OrgNames.leading(text, knownNames).filter(OrgNames::isBody);
            Matcher group = GENERIC_VI.matcher(text);
            int taken;
            if (named.isPresent()) {
                String name = OrgNames.withLocalities(named.get(), text.substring(named.get().length()));
                bodies.add(Sentences.restore(name));
                taken = name.length();
            } else if (group.lookingAt() || bareHead(text).isPresent()) {
                taken = group.lookingAt() ? group.end() : bareHead(text).get();
                String rest2 = text.substring(taken);
                Optional<String> parent = rest2.startsWith(" ")
                        ? OrgNames.leading(rest2.substring(1), knownNames).filter(n -> n.contains(" ")) : Optional.empty();
                if (parent.isPresent()) {
                    taken += 1 + parent.get().length();
                }
                groups.add(Sentences.restore(text.substring(0, taken)));
            } else {
                break;
            }
            at += taken;
            Matcher sep = SEPARATOR.matcher(rest.substring(at));
            if (!sep.lookingAt() || !startsAddressee(rest.substring(at + sep.end()), knownNames)) {
                break;
            }
            at += sep.end();
        }
        if (bodies.isEmpty() && groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Addressee(bodies, groups, Sentences.restore(rest.substring(start, at)).strip(), at));
    }

    /** "các Ban, Văn phòng …": a head word alone after "các", which names no body by itself. */
    private static Optional<Integer> bareHead(String text) {
        Matcher m = Pattern.compile("^" + DETERMINER_VI + "(?:" + OrgNames.HEADS + ")(?=\\s*[,;]|\\s+và\\s)")
                .matcher(text);
        return m.lookingAt() ? Optional.of(m.end()) : Optional.empty();
    }

    private static boolean startsAddressee(String text, List<String> knownNames) {
        boolean named = OrgNames.leading(text, knownNames).filter(OrgNames::isBody).isPresent();
        return named || GENERIC_VI.matcher(text).lookingAt() && text.matches("^" + DETERMINER_VI + ".*");
    }

    private static Optional<Addressee> english(String rest) {
        Matcher lead = LEAD_EN.matcher(rest);
        int start = lead.lookingAt() ? lead.end() : 0;
        int at = start;
        List<String> bodies = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        while (true) {
            String text = rest.substring(at);
            Matcher named = Organizations.NAMED_EN.matcher(text);
            Matcher group = GENERIC_EN.matcher(text);
            if (named.lookingAt() && Organizations.NOUN_EN.matcher(named.group(1)).find()) {
                bodies.add(Sentences.restore(named.group(1) + (named.group(2) == null ? "" : " (" + named.group(2)
                        + ")")));
                at += named.end();
            } else if (group.lookingAt()) {
                groups.add(Sentences.restore(group.group()).replaceFirst("^the\\s+", ""));
                at += group.end();
            } else {
                break;
            }
            Matcher sep = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)").matcher(rest.substring(at));
            String next = sep.lookingAt() ? rest.substring(at + sep.end()) : "";
            Matcher nextNamed = Organizations.NAMED_EN.matcher(next);
            boolean nextIsBody = nextNamed.lookingAt() && Organizations.NOUN_EN.matcher(nextNamed.group(1)).find();
            boolean more = sep.lookingAt() && (nextIsBody || GENERIC_EN.matcher(next).lookingAt());
            if (!more) {
                break;
            }
            at += sep.end();
        }
        Matcher action = ACTION_EN.matcher(rest.substring(at));
        boolean clause = start > 0 && rest.substring(at).matches("\\s+\\p{Ll}.*");
        if (bodies.isEmpty() && groups.isEmpty() || !action.lookingAt() && !clause) {
            return Optional.empty();
        }
        return Optional.of(new Addressee(bodies, groups, Sentences.restore(rest.substring(start, at)).strip(),
                at + (action.lookingAt() ? action.end() : 1)));
    }
}
