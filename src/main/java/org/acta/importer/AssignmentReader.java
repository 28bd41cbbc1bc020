package org.acta.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.PartialDate;

/**
 * The assignments made in a speech: "giao Ban Tổ chức Thành ủy ghi nhận …, Ban Tuyên giáo Thành ủy
 * chỉ đạo …", "đề nghị UBND các huyện … mỗi năm tổ chức ít nhất 3 lớp …", each with its deadline
 * ("trong quý II/2025") or recurring target ("mỗi năm ít nhất 2 lớp").
 */
final class AssignmentReader {
    private static final Pattern TRIGGER = Pattern.compile("(?<![\\p{L}])(giao(?: cho)?|đề nghị|yêu cầu)\\s+");
    private static final Pattern NEXT_BODY = Pattern.compile("(?:[,;]\\s+|\\s+và\\s+)(?=(?:" + OrgNames.HEADS
            + ")(?![\\p{L}]))");
    private static final Pattern LOCALITIES = Pattern.compile("^\\s+(?:các\\s+)?(?:huyện|quận|thị xã|thành phố|tỉnh|xã"
            + "|phường|sở|ban|ngành)(?:\\s*,\\s*(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|sở|ban|ngành)"
            + "|\\s+(?:và|,)\\s+(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|sở|ban|ngành))*");
    private static final Pattern PARTNERS = Pattern.compile("phối hợp với\\s+");
    private static final Pattern QUARTER = Pattern.compile("\\s*,?\\s*(?:trong|trước|hết|đến hết|chậm nhất(?: trong)?)"
            + "\\s+quý\\s+(IV|I{1,3}|[1-4])(?:\\s*[/-]\\s*|\\s+năm\\s+)(\\d{4})");
    private static final Pattern DAY = Pattern.compile("\\s*,?\\s*(?:trước|trong|chậm nhất|đến|hạn chót)\\s+(?:ngày\\s+)?"
            + "(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("\\s*,?\\s*(?:trong|trước|hết|đến hết)\\s+tháng\\s+(\\d{1,2})"
            + "\\s*/\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\s*,?\\s*(?:trong|hết|đến hết)\\s+năm\\s+(\\d{4})");
    private static final Pattern RECURRENCE = Pattern.compile("(?<![\\p{L}])(?:mỗi|hằng|hàng)\\s+(năm|quý|tháng)");
    private static final Pattern TARGET = Pattern.compile("(?:ít nhất|tối thiểu|không dưới|không ít hơn)?\\s*(\\d+)\\s+"
            + "((?:[\\p{L}]+\\s?){1,5}?)(?=\\s+(?:cho|về|tại|để|của|trên|nhằm|ở)(?![\\p{L}])|[,;.]|$)");

    private AssignmentReader() {
    }

    /**
     * The tasks assigned in the speech's paragraphs. A request that names no body ("đề nghị cả hệ
     * thống chính trị…") is not a task: it goes to {@code checks} for the editor.
     */
    static List<Draft.Task> read(int speech, List<String> paragraphs, List<String> knownNames, List<String> checks) {
        List<Draft.Task> tasks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.split(Sentences.prepare(paragraph))) {
                List<MatchResult> triggers = TRIGGER.matcher(sentence).results().toList();
                for (int i = 0; i < triggers.size(); i++) {
                    int end = i + 1 < triggers.size() ? triggers.get(i + 1).start() : sentence.length();
                    String rest = sentence.substring(triggers.get(i).end(), end);
                    if (OrgNames.leading(rest, knownNames).isEmpty()) {
                        checks.add("a request that names no organisation was not made a task: “"
                                + Sentences.restore(triggers.get(i).group() + rest).strip() + "”");
                        continue;
                    }
                    for (String part : parts(rest, knownNames)) {
                        task(part, speech, Sentences.restore(sentence), knownNames).ifPresent(tasks::add);
                    }
                }
            }
        }
        return tasks;
    }

    /** "Ban A làm x, Ban B làm y" → ["Ban A làm x", "Ban B làm y"]; the bodies after "phối hợp với" are partners. */
    private static List<String> parts(String rest, List<String> knownNames) {
        List<String> parts = new ArrayList<>();
        Matcher m = NEXT_BODY.matcher(rest);
        int start = 0;
        while (m.find()) {
            String segment = rest.substring(start, m.start());
            if (!inPartnerList(segment, knownNames) && OrgNames.leading(rest.substring(m.end()), knownNames).isPresent()) {
                parts.add(segment);
                start = m.end();
            }
        }
        parts.add(rest.substring(start));
        return parts;
    }

    /** Whether a segment ends inside "phối hợp với Sở A, Sở B": nothing but bodies since "phối hợp với". */
    private static boolean inPartnerList(String segment, List<String> knownNames) {
        int at = segment.lastIndexOf("phối hợp với ");
        if (at < 0) {
            return false;
        }
        String list = segment.substring(at + "phối hợp với ".length());
        Optional<String> body = OrgNames.leading(list, knownNames);
        while (body.isPresent()) {
            list = list.substring(body.get().length()).replaceFirst("^\\s*(,|và)\\s*", "");
            body = OrgNames.leading(list, knownNames);
        }
        return list.isBlank();
    }

    private static Optional<Draft.Task> task(String part, int speech, String quote, List<String> knownNames) {
        Optional<String> assignee = OrgNames.leading(part, knownNames);
        if (assignee.isEmpty()) {
            return Optional.empty();
        }
        String name = assignee.get();
        String action = part.substring(name.length());
        Matcher localities = LOCALITIES.matcher(action);
        if (name.matches("\\p{Lu}+|Ủy ban nhân dân|Uỷ ban nhân dân") && localities.lookingAt()) {
            name = name + localities.group();
            action = action.substring(localities.end());
        }
        List<String> partners = new ArrayList<>();
        Matcher with = PARTNERS.matcher(action);
        if (with.find()) {
            String list = action.substring(with.end());
            Optional<String> partner = OrgNames.leading(list, knownNames);
            while (partner.isPresent()) {
                partners.add(Sentences.restore(partner.get()));
                list = list.substring(partner.get().length()).replaceFirst("^\\s*(,|và)\\s*", "");
                partner = OrgNames.leading(list, knownNames);
            }
        }
        Optional<PartialDate> due = Optional.empty();
        for (Pattern p : List.of(QUARTER, DAY, MONTH, YEAR)) {
            Matcher m = p.matcher(action);
            if (m.find()) {
                due = due(p, m);
                action = action.substring(0, m.start()) + action.substring(m.end());
                break;
            }
        }
        Optional<String> recurrence = Optional.empty();
        Optional<Draft.Target> target = Optional.empty();
        Matcher every = RECURRENCE.matcher(action);
        if (every.find()) {
            recurrence = Optional.of(switch (every.group(1)) {
                case "năm" -> "yearly";
                case "quý" -> "quarterly";
                default -> "monthly";
            });
            Matcher t = TARGET.matcher(action);
            if (t.find(every.end()) && t.start() - every.end() < 40) {
                target = Optional.of(new Draft.Target(new BigDecimal(t.group(1)),
                        t.group(2).strip() + " " + every.group()));
            }
        }
        String title = Sentences.capitalise(Sentences.trimPunctuation(Sentences.restore(action)));
        if (title.length() < 8) {
            return Optional.empty();
        }
        return Optional.of(new Draft.Task(title, Sentences.trimPunctuation(Sentences.restore(name)), partners, due,
                recurrence, target, speech, quote));
    }

    private static Optional<PartialDate> due(Pattern p, Matcher m) {
        try {
            if (p == QUARTER) {
                String q = m.group(1);
                int quarter = switch (q) {
                    case "I", "1" -> 1;
                    case "II", "2" -> 2;
                    case "III", "3" -> 3;
                    default -> 4;
                };
                return Optional.of(PartialDate.ofMonth(Integer.parseInt(m.group(2)), quarter * 3));
            }
            if (p == DAY) {
                return Optional.of(PartialDate.of(java.time.LocalDate.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))));
            }
            if (p == MONTH) {
                return Optional.of(PartialDate.ofMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            return Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
