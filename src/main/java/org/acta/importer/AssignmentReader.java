package org.acta.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;

/**
 * The assignments a report states, wherever it states them (a speech, a conclusion, the report's
 * own account): "giao Ban Tổ chức Thành ủy ghi nhận …, Ban Tuyên giáo Thành ủy chỉ đạo …",
 * "giao nhiệm vụ cho Ban A tham mưu …; Ban B …", "đề nghị, các Đảng ủy …", "assigned the
 * Department of … to …", each with its deadline and any recurring target. A request to a group
 * that names no one body ("các cấp, ngành", "ministries and sectors") is listed for the editor.
 */
final class AssignmentReader {
    private static final Pattern TRIGGER_VI = Pattern.compile("(?<![\\p{L}])(giao(?: nhiệm vụ)?(?: cho)?|đề nghị"
            + "|yêu cầu)(?![\\p{L}])\\s*,?\\s*");
    /** "giao quân", "giao lưu", "bàn giao": not an assignment. */
    private static final Pattern NOT_ASSIGNING_AFTER = Pattern.compile("^(?:quân|lưu|thông|dịch|ban|tiếp|thương|hữu"
            + "|nhận|hàng|khoán|đất|thừa|diện|kết|lộ|điểm|hưởng|nộp)(?![\\p{L}])");
    /** "đáp ứng yêu cầu", "theo đề nghị", "được giao", "các yêu cầu": the noun, not the verb. */
    private static final Pattern NOUN_BEFORE_VI = Pattern.compile("(?<![\\p{L}])(?:đáp ứng|theo|các|những|là|một|mọi"
            + "|với|về|có|nêu|của|trước|đúng|vượt|thành|chỉ tiêu|bàn|chuyển|được|nhận|hoàn thành|thực hiện|đặt ra"
            + "|kiến nghị|tiếp nhận|xem xét|giải quyết|bàn giao|trên|cao|mới|nhiều)\\s*,?\\s*$");
    private static final Pattern TRIGGER_EN = Pattern.compile("(?<![\\p{L}])(assigned|asked|requested|urged"
            + "|called on|called upon|instructed|directed|tasked|told|ordered|demanded|required|proposed that"
            + "|suggested that|requesting|asking|urging)(?![\\p{L}])\\s+");
    private static final Pattern PASSIVE_EN = Pattern.compile("(?:^|,\\s+)(?<who>[^,;]+?)\\s+(?:were|was|are|is|have been"
            + "|has been)\\s+(?:also\\s+)?(?:asked|requested|urged|assigned|tasked|told|instructed|directed|required)\\s+to\\s+"
            + "(?<what>.+)$");
    private static final Pattern PASSIVE_VI = Pattern.compile("(?:^|[,;]\\s+)(?<who>[^,;]+?)\\s+(?:đã\\s+)?được\\s+giao"
            + "(?:\\s+nhiệm vụ)?\\s+(?<what>\\p{Ll}.+)$");
    private static final Pattern NEXT_PART = Pattern.compile("\\s*;\\s*|,\\s+");
    /** After a body, the lowercase verb of its action, not the rest of a list ("và", "các cấp"). */
    private static final Pattern ACTION_FOLLOWS = Pattern.compile("^\\s*(?!(?:và|các|cấp|của|cùng|với|and|or|of)"
            + "(?![\\p{L}]))\\p{Ll}");
    /** "các …", "the …": a group named as a group, not a verb that happens to be a group's word ("lãnh đạo"). */
    private static final Pattern DETERMINER = Pattern.compile("^(?:các|những|toàn thể|mỗi|từng|cả|mọi|tất cả|toàn bộ"
            + "|the|all|relevant|local)\\s");
    /** What stands before a request's verb: its subject, an adverb, or the start of a clause. */
    private static final Pattern VERB_BEFORE = Pattern.compile("(?:^|[,;:]|(?<![\\p{L}])(?:cũng|đồng thời|và|còn"
            + "|tiếp tục|đã|luôn|đặc biệt|chí|ông|bà|thì|also|and|has|have|had|he|she|then)|\\p{Lu}[\\p{L}\\p{M}]*)\\s*$");
    private static final Pattern PARTNERS_VI = Pattern.compile("phối hợp(?: chặt chẽ)? với\\s+");
    private static final Pattern PARTNERS_EN = Pattern.compile("(?:in (?:coordination|cooperation|collaboration) with"
            + "|coordinate with|working with|together with)\\s+(?:the\\s+)?");
    private static final Pattern RECURRENCE = Pattern.compile("(?<![\\p{L}])(?:(?:mỗi|hằng|hàng)\\s+(năm|quý|tháng)"
            + "|(every year|each year|annually|every quarter|each quarter|quarterly|every month|each month|monthly))");
    private static final Pattern TARGET = Pattern.compile("(?:ít nhất|tối thiểu|không dưới|không ít hơn|at least)?"
            + "\\s*(\\d+)\\s+((?:[\\p{L}]+\\s?){1,5}?)(?=\\s+(?:cho|về|tại|để|của|trên|nhằm|ở|for|on|in|to|of)"
            + "(?![\\p{L}])|[,;.]|$)");
    private static final Pattern LEADING_MODAL = Pattern.compile("^(?:,\\s*)?(?:(?:phải|cần|cần phải|nên)\\s+)+");
    private static final int TITLE_LENGTH = 200;

    private final Language language;
    private final List<String> knownNames;
    private final Optional<LocalDate> reference;

    /** @param reference the date deadlines without a year are read against: the event's, else the report's */
    AssignmentReader(Language language, List<String> knownNames, Optional<LocalDate> reference) {
        this.language = language;
        this.knownNames = knownNames;
        this.reference = reference;
    }

    /**
     * What a paragraph assigns: tasks to named bodies, and the requests left for the editor. Each
     * task quotes the sentence that made it; when one sentence of a speech makes several, each
     * quotes its own clause of it instead (the body and its action, as the sentence has them), so
     * that the speech page marks each apart, with its own link.
     */
    void read(String paragraph, Optional<Integer> speech, List<Draft.Task> tasks, List<Draft.Request> requests) {
        for (String sentence : Sentences.split(Sentences.prepare(paragraph))) {
            List<Draft.Task> made = new ArrayList<>();
            List<Optional<String>> clauses = new ArrayList<>();
            read(sentence, speech, made, clauses, requests);
            boolean apart = made.size() > 1 && speech.isPresent();
            for (int i = 0; i < made.size(); i++) {
                Draft.Task task = made.get(i);
                tasks.add(apart ? clauses.get(i).map(task::quoting).orElse(task) : task);
            }
        }
    }

    /**
     * The tasks one sentence makes, and for each the clause that makes it: empty for a request in the
     * passive, whose addressee and action are not written as the sentence has them.
     */
    private void read(String sentence, Optional<Integer> speech, List<Draft.Task> tasks,
                      List<Optional<String>> clauses, List<Draft.Request> requests) {
        String quote = Sentences.restore(sentence);
        passive(sentence).ifPresent(rest -> Addressees.read(rest, language, knownNames).ifPresent(who -> {
            for (String part : parts(rest, who)) {
                if (assign(part, speech, quote, tasks, requests)) {
                    clauses.add(Optional.empty());
                }
            }
        }));
        List<MatchResult> triggers = triggers(sentence);
        for (int i = 0; i < triggers.size(); i++) {
            int end = i + 1 < triggers.size() ? triggers.get(i + 1).start() : sentence.length();
            String rest = sentence.substring(triggers.get(i).end(), end);
            Optional<Addressees.Addressee> who = Addressees.read(rest, language, knownNames);
            if (who.isEmpty()) {
                boolean verb = VERB_BEFORE.matcher(sentence.substring(0, triggers.get(i).start())).find();
                if (verb && (i + 1 >= triggers.size() || triggers.get(i + 1).start() > triggers.get(i).end() + 12)) {
                    requests.add(new Draft.Request("", Sentences.restore(triggers.get(i).group() + rest).strip(),
                            speech, "names no one to do it"));
                }
                continue;
            }
            for (String part : parts(rest, who.get())) {
                if (assign(part, speech, quote, tasks, requests)) {
                    clauses.add(Optional.of(Sentences.trimPunctuation(Sentences.restore(part))));
                }
            }
        }
    }

    /**
     * A request in the passive, as an addressee and its action: "Ministries and sectors were asked to
     * review …" → "Ministries and sectors to review …"; "Sở Y tế được giao chủ trì …" → "Sở Y tế chủ trì …".
     */
    private Optional<String> passive(String sentence) {
        Matcher m = (language == Language.EN ? PASSIVE_EN : PASSIVE_VI).matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String who = m.group("who").strip();
        return Optional.of(Sentences.capitalise(who) + (language == Language.EN ? " to " : " ") + m.group("what"));
    }

    /** The verbs of request in a sentence, without the nouns spelled alike ("đáp ứng yêu cầu"). */
    private List<MatchResult> triggers(String sentence) {
        Pattern trigger = language == Language.EN ? TRIGGER_EN : TRIGGER_VI;
        List<MatchResult> found = new ArrayList<>();
        Matcher m = trigger.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(0, m.start());
            boolean doubled = !found.isEmpty() && found.get(found.size() - 1).end() >= m.start() - 5;
            if (language == Language.VI && (NOT_ASSIGNING_AFTER.matcher(sentence.substring(m.end())).lookingAt()
                    || NOUN_BEFORE_VI.matcher(before).find() && !doubled)) {
                continue;
            }
            if (doubled && language == Language.VI) {
                found.remove(found.size() - 1);
            }
            found.add(m.toMatchResult());
        }
        return found;
    }

    /**
     * "Ban A làm x; Ban B làm y" → one part a body; a body after a comma starts a part only when an
     * action follows it and it is not in a list of partners ("phối hợp với Sở A, Sở B").
     */
    private List<String> parts(String rest, Addressees.Addressee first) {
        List<String> parts = new ArrayList<>();
        Matcher m = NEXT_PART.matcher(rest);
        int start = 0;
        while (m.find()) {
            if (m.start() < first.end()) {
                continue;
            }
            String segment = rest.substring(start, m.start());
            String next = rest.substring(m.end());
            Optional<Addressees.Addressee> who = Addressees.read(next, language, knownNames);
            boolean strong = m.group().contains(";");
            boolean acts = who.filter(w -> !w.bodies().isEmpty() && ACTION_FOLLOWS.matcher(next.substring(w.end()))
                    .lookingAt()).isPresent();
            boolean someone = who.filter(w -> !w.bodies().isEmpty() || DETERMINER.matcher(next).lookingAt()).isPresent();
            if (someone && (strong || acts && !inPartnerList(segment))) {
                parts.add(segment);
                start = m.end();
            }
        }
        parts.add(rest.substring(start));
        return parts;
    }

    /** Whether a segment ends inside "phối hợp với Sở A, Sở B": nothing but bodies since "phối hợp với". */
    private boolean inPartnerList(String segment) {
        Matcher with = (language == Language.EN ? PARTNERS_EN : PARTNERS_VI).matcher(segment);
        int at = -1;
        while (with.find()) {
            at = with.end();
        }
        if (at < 0) {
            return false;
        }
        String list = segment.substring(at);
        Optional<String> body = OrgNames.leading(list, knownNames);
        while (body.isPresent()) {
            list = list.substring(body.get().length()).replaceFirst("^\\s*(,|và)\\s*", "");
            body = OrgNames.leading(list, knownNames);
        }
        return list.isBlank();
    }

    /** Drafts the task a part of a sentence assigns, or lists it for the editor; whether it drafted one. */
    private boolean assign(String part, Optional<Integer> speech, String quote,
                           List<Draft.Task> tasks, List<Draft.Request> requests) {
        Optional<Addressees.Addressee> read = Addressees.read(part, language, knownNames);
        if (read.isEmpty()) {
            return false;
        }
        Addressees.Addressee who = read.get();
        String action = LEADING_MODAL.matcher(part.substring(Math.min(part.length(), who.end())).strip())
                .replaceFirst("");
        if (who.bodies().isEmpty()) {
            requests.add(new Draft.Request(who.words(), Sentences.restore(part).strip(), speech,
                    "is made to “" + who.words() + "”, which names no one body"));
            return false;
        }
        Optional<Deadlines.Found> deadline = Deadlines.find(action, language, reference);
        String undated = deadline.map(d -> action.substring(0, d.start()) + action.substring(d.end())).orElse(action);
        List<String> partners = new ArrayList<>(who.bodies().subList(1, who.bodies().size()));
        partners.addAll(partners(undated));
        String title = title(undated);
        if (title.length() < 8) {
            requests.add(new Draft.Request(who.words(), Sentences.restore(part).strip(), speech,
                    "names no action the importer could read"));
            return false;
        }
        tasks.add(new Draft.Task(title, who.bodies().get(0), who.words(), partners, deadline.map(Deadlines.Found::due),
                recurrence(undated), target(undated), speech, quote));
        return true;
    }

    private List<String> partners(String action) {
        List<String> partners = new ArrayList<>();
        Matcher with = (language == Language.EN ? PARTNERS_EN : PARTNERS_VI).matcher(action);
        if (with.find()) {
            String list = action.substring(with.end());
            Optional<Addressees.Addressee> who = Addressees.read(list + (language == Language.EN ? " to x" : ""),
                    language, knownNames);
            who.ifPresent(w -> partners.addAll(w.bodies()));
        }
        return partners;
    }

    /** The action as an imperative: the report's words, capitalised, cut at a clause when very long. */
    private static String title(String action) {
        String first = action.split(";")[0];
        String text = Sentences.trimPunctuation(Sentences.restore(first)).replaceAll("\\s+,", ",")
                .replaceAll("\\s{2,}", " ");
        if (text.length() > TITLE_LENGTH) {
            int cut = text.lastIndexOf(", ", TITLE_LENGTH);
            text = cut > 40 ? text.substring(0, cut) : text.substring(0, text.lastIndexOf(' ', TITLE_LENGTH)) + " …";
        }
        return Sentences.capitalise(text);
    }

    private static Optional<String> recurrence(String action) {
        Matcher every = RECURRENCE.matcher(action);
        if (!every.find()) {
            return Optional.empty();
        }
        String word = (every.group(1) != null ? every.group(1) : every.group(2)).toLowerCase(java.util.Locale.ROOT);
        if (word.contains("quý") || word.contains("quarter")) {
            return Optional.of("quarterly");
        }
        return Optional.of(word.contains("tháng") || word.contains("month") ? "monthly" : "yearly");
    }

    private static Optional<Draft.Target> target(String action) {
        Matcher every = RECURRENCE.matcher(action);
        if (!every.find()) {
            return Optional.empty();
        }
        Matcher t = TARGET.matcher(action);
        if (t.find(every.end()) && t.start() - every.end() < 40) {
            return Optional.of(new Draft.Target(new BigDecimal(t.group(1)), t.group(2).strip() + " " + every.group()));
        }
        return Optional.empty();
    }
}
