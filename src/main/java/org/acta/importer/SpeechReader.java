package org.acta.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Ids;

/**
 * Finds the speakers of a report ("Đồng chí Trần Thế Cương, Giám đốc Sở … phát biểu đề dẫn",
 * "Phát biểu kết luận tại Hội nghị, đồng chí …") and gives each speech the paragraphs that follow
 * its introduction, up to the next speaker.
 */
final class SpeechReader {
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}]*";
    private static final Pattern PERSON = Pattern.compile("(?<![\\p{L}])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|(?:PGS|GS|TS|ThS)"
            + "[" + Sentences.HELD_DOT + ".]?(?:TS[" + Sentences.HELD_DOT + ".]?)?)\\s+(" + WORD + "(?:\\s+" + WORD
            + "){1,4})(?![\\p{L}])");
    private static final Set<String> TITLE_WORDS = Set.of("Phó", "Bí", "Chủ", "Giám", "Trưởng", "Ủy", "Uỷ", "Thứ",
            "Bộ", "Tổng", "Chánh", "Viện", "Hiệu", "Đại", "Thành", "Tỉnh", "Các", "Trung");
    private static final Pattern VERB = Pattern.compile("\\s(?:phát biểu|khẳng định|nhấn mạnh|cho biết|đánh giá"
            + "|nêu|đề nghị|chỉ rõ|yêu cầu|trình bày|báo cáo|kết luận|khai mạc|chủ trì|thông tin|nhận định|chia sẻ"
            + "|lưu ý|đề xuất|giao|phân tích|chỉ đạo|bày tỏ|tham luận|tại|thay mặt|cho rằng|ghi nhận|biểu dương"
            + "|mong muốn|nhắc lại|thông báo|điều hành|đã|cũng|tiếp tục)(?![\\p{L}])|[:;.(]");
    private static final Pattern DISCUSSION = Pattern.compile("^(cac y kien|y kien (tai|phat bieu|trao doi)"
            + "|tai hoi nghi,? cac (dai bieu|y kien)|cac dai bieu|nhieu y kien|cac tham luan)");

    private SpeechReader() {
    }

    /** An introduction found in a paragraph or caption. */
    record Intro(Optional<Draft.Speaker> speaker, String role, String roleWord) {
    }

    /** The introduction a paragraph opens with, if it opens one. */
    static Optional<Intro> intro(String paragraph) {
        String first = Sentences.split(Sentences.prepare(paragraph)).stream().findFirst().orElse("");
        String key = Sentences.key(first);
        if (DISCUSSION.matcher(key).find()) {
            return Optional.of(new Intro(Optional.empty(), "discussion", "ý kiến trao đổi"));
        }
        Matcher m = PERSON.matcher(first);
        while (m.find()) {
            if (m.start() > 140) {
                return Optional.empty();
            }
            String name = m.group(1);
            if (TITLE_WORDS.contains(name.split("\\s+")[0])) {
                continue;
            }
            Optional<String> position = position(first.substring(m.end()));
            int introEnd = Math.min(first.length(), m.end() + position.map(String::length).orElse(0) + 40);
            String introText = Sentences.key(first.substring(0, introEnd));
            String[] role = role(introText);
            boolean speaks = introText.contains("phat bieu") || role[1].length() > 0
                    || (m.start() == 0 && position.isPresent() && VERB.matcher(first.substring(m.end())).find());
            if (!speaks) {
                return Optional.empty();
            }
            return Optional.of(new Intro(Optional.of(new Draft.Speaker(Sentences.restore(name),
                    position.map(Sentences::restore))), role[0], role[1].isEmpty() ? "phát biểu" : role[1]));
        }
        return Optional.empty();
    }

    /** "…, Giám đốc Sở Giáo dục - Đào tạo Hà Nội phát biểu…" → the position, up to its verb. */
    private static Optional<String> position(String after) {
        if (!after.startsWith(",")) {
            return Optional.empty();
        }
        String rest = after.substring(1).strip();
        Matcher verb = VERB.matcher(" " + rest);
        String position = verb.find() ? rest.substring(0, Math.max(0, verb.start() - 1)) : rest;
        position = Sentences.trimPunctuation(position);
        boolean valid = !position.isEmpty() && Character.isUpperCase(position.codePointAt(0))
                && position.split("\\s+").length <= 25;
        return valid ? Optional.of(position) : Optional.empty();
    }

    /** The contract's role for the words of an introduction, and the report's own word for it. */
    private static String[] role(String folded) {
        if (folded.contains("de dan")) {
            return new String[] {"opening", "đề dẫn"};
        }
        if (folded.contains("khai mac")) {
            return new String[] {"opening", "khai mạc"};
        }
        if (folded.contains("ket luan") || folded.contains("be mac")) {
            return new String[] {"conclusion", folded.contains("ket luan") ? "kết luận" : "bế mạc"};
        }
        if (folded.contains("tham luan")) {
            return new String[] {"discussion", "tham luận"};
        }
        if (folded.contains("chi dao")) {
            return new String[] {"keynote", "chỉ đạo"};
        }
        if (folded.startsWith("bao cao") || folded.contains("trinh bay bao cao") || folded.contains("bao cao chinh")) {
            return new String[] {"keynote", "báo cáo"};
        }
        return new String[] {"remarks", ""};
    }

    /** Splits the paragraphs: those before the first introduction go to {@code summary}. */
    static List<Draft.Speech> split(List<String> paragraphs, List<String> captions, List<String> summary) {
        Map<String, String> positions = fullestPositions(paragraphs, captions);
        List<Draft.Speech> speeches = new ArrayList<>();
        Intro current = null;
        List<String> body = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Optional<Intro> intro = intro(paragraph);
            if (intro.isPresent() && (current == null || startsNew(current, intro.get()))) {
                if (current != null) {
                    speeches.add(speech(current, body, positions));
                }
                current = intro.get();
                body = new ArrayList<>();
            }
            (current == null ? summary : body).add(paragraph);
        }
        if (current != null) {
            speeches.add(speech(current, body, positions));
        }
        return speeches;
    }

    private static boolean startsNew(Intro current, Intro next) {
        String a = current.speaker().map(s -> Ids.fold(s.name())).orElse("");
        String b = next.speaker().map(s -> Ids.fold(s.name())).orElse("");
        boolean sameRole = next.role().equals(current.role()) || next.roleWord().equals("phát biểu");
        return !a.equals(b) || !sameRole;
    }

    private static Draft.Speech speech(Intro intro, List<String> body, Map<String, String> positions) {
        Optional<Draft.Speaker> speaker = intro.speaker().map(s -> new Draft.Speaker(s.name(),
                Optional.ofNullable(positions.get(Ids.fold(s.name()))).or(s::position)));
        return new Draft.Speech(speaker, intro.role(), intro.roleWord(), body);
    }

    /** For each person named, the longest position the report gives them (captions often give the full one). */
    private static Map<String, String> fullestPositions(List<String> paragraphs, List<String> captions) {
        Map<String, String> positions = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(paragraphs);
        all.addAll(captions);
        for (String text : all) {
            intro(text).flatMap(Intro::speaker).ifPresent(s -> s.position().ifPresent(p -> positions.merge(
                    Ids.fold(s.name()), p, (x, y) -> y.length() > x.length() ? y : x)));
        }
        return positions;
    }
}
