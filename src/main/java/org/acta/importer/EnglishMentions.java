package org.acta.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How English news names people: "Mr. Tran Van Cuong, Director of …, said", "Deputy Minister Le
 * Van Binh requested", "Jane Doe, chairwoman of …, said", an office alone ("The Deputy Minister
 * added") and "He", "She", "The comrade" for the person just named. A Vietnamese name in English
 * is led by its family name, written without diacritics.
 */
final class EnglishMentions {
    private static final String CAP = "\\p{Lu}[\\p{L}'’-]*";
    private static final Pattern HONORIFIC = Pattern.compile("(?<![\\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Madam|Mme"
            + "|Sir|Dame)[" + Sentences.HELD_DOT + ".]?\\s+");
    private static final Pattern NAME = Pattern.compile(CAP + "(?:\\s+" + CAP + "){0,3}(?![\\p{L}])");
    static final String TITLE_NOUNS = "Minister|Director(?:-General)?|Chairman|Chairwoman|Chairperson|Chair"
            + "|President|Secretary(?:-General)?|Governor|Mayor|Ambassador|Consul(?: General)?|Head|Chief|Officer"
            + "|CEO|CFO|COO|Manager|Commander|General|Colonel|Premier|Speaker|Representative|Envoy|Dean|Rector"
            + "|Principal|Leader|Deputy|Vice|Counsellor|Counselor|Advisor|Adviser|Coordinator|Editor|Founder"
            + "|Professor|Lieutenant|Major|Captain|Inspector|Judge|Justice|Prosecutor|Spokesperson|Spokesman"
            + "|Spokeswoman|Administrator|Commissioner|Delegate|Senator|Official|Member|Permanent|Standing";
    private static final Pattern TITLE_NOUN = Pattern.compile("(?i)(?<![\\p{L}])(?:" + TITLE_NOUNS + ")(?![\\p{L}])");
    /** A run of capitalised words, with the small words that join an office's name ("Minister of Industry and Trade"). */
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}])" + CAP + "(?:\\s+(?:(?:of|and|for|the|on|&)\\s+)*"
            + CAP + ")*(?![\\p{L}])");
    /** The Vietnamese family names as English news writes them: "Nguyen", "Tran", "Dang". */
    private static final Pattern SURNAME = Pattern.compile(java.util.Arrays.stream(
            VietnameseMentions.SURNAMES.split("\\|")).map(n -> Sentences.capitalise(org.acta.model.Ids.fold(n)))
            .distinct().collect(java.util.stream.Collectors.joining("|")));
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:Ho Chi Minh|Ha Noi|Hanoi|Phan Rang|Ba Ria"
            + "|Hoang Sa|Truong Sa)");
    static final String SPEECH_VERBS = "said|says|stated|emphasized|emphasised|stressed|noted|highlighted"
            + "|underlined|underscored|affirmed|reaffirmed|acknowledged|requested|asked|urged|called|proposed"
            + "|suggested|recommended|told|added|explained|pointed out|spoke|delivered|presented|reported|concluded"
            + "|opened|welcomed|praised|expressed|shared|announced|instructed|directed|assigned|agreed|appreciated"
            + "|congratulated|thanked|confirmed|revealed|informed|reiterated|insisted|warned|remarked|mentioned"
            + "|briefed|outlined|commended|encouraged|demanded|ordered|tasked|hoped|committed|pledged|asserted"
            + "|described|addressed|wrapped up|summed up|made (?:the|these|those|this) (?:statement|remarks|comments)";
    private static final String ADVERBS = "has|have|had|also|then|further|again|once again|strongly|particularly"
            + "|especially|repeatedly|clearly|later|earlier|firmly|\\p{Ll}+ly|yesterday|today|on (?:Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday)|on \\p{Lu}\\p{Ll}+[.\u2024]? \\d{1,2}(?:st|nd|rd|th)?,?";
    static final Pattern VERB_AFTER = Pattern.compile("^\\s*,?\\s*(?:(?:" + ADVERBS + ")\\s+)*(?:" + SPEECH_VERBS
            + ")(?![\\p{L}])");
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}])(?:He|She|he|she|The comrade|the comrade"
            + "|The official|the official)(?![\\p{L}])");
    private static final Pattern OFFICE = Pattern.compile("(?<![\\p{L}])(?:The|the)\\s+((?:" + CAP + "\\s+)*(?:"
            + TITLE_NOUNS + ")(?:\\s+(?:of|for)\\s+(?:the\\s+)?" + CAP + "(?:\\s+" + CAP + ")*)?)(?![\\p{L}])");
    private static final Pattern POSITION_END = Pattern.compile(",\\s*(?=(?:(?:" + ADVERBS + ")\\s+)*(?:"
            + SPEECH_VERBS + ")(?![\\p{L}]))|\\s(?=(?:(?:" + ADVERBS + ")\\s+)*(?:" + SPEECH_VERBS
            + ")(?![\\p{L}]))|[;:()“”\"]|\\.(?=\\s|$)");

    private EnglishMentions() {
    }

    static List<Mention> find(String s) {
        List<Mention> found = new ArrayList<>();
        Matcher h = HONORIFIC.matcher(s);
        while (h.find()) {
            Matcher name = NAME.matcher(s).region(h.end(), s.length());
            if (name.lookingAt()) {
                Optional<int[]> pos = positionAfter(s, name.end());
                found.add(Mention.named(name.group(), pos.map(span -> position(s, span)), h.start(),
                        pos.map(span -> span[1]).orElse(name.end())));
            }
        }
        Matcher run = RUN.matcher(s);
        while (run.find()) {
            int start = run.start();
            if (found.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
                titledName(s, run).ifPresent(found::add);
            }
        }
        for (Pattern p : List.of(PRONOUN, OFFICE)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int start = m.start();
                boolean free = found.stream().noneMatch(f -> f.start() <= start && start < f.end());
                if (free && VERB_AFTER.matcher(s.substring(m.end())).find()) {
                    found.add(p == PRONOUN ? Mention.pronoun(m.start(), m.end())
                            : Mention.office(m.group(1), m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /**
     * In a run of capitalised words, an office and the name after it ("MoIT Deputy Minister Le Van
     * Binh"), or a name followed by its position ("Jane Doe, chairwoman of …,") or by a verb.
     */
    private static Optional<Mention> titledName(String s, Matcher run) {
        String text = run.group();
        List<int[]> words = new ArrayList<>();
        Matcher w = Pattern.compile("\\S+").matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = 1; i < words.size(); i++) {
            String before = text.substring(0, words.get(i - 1)[1]);
            String rest = text.substring(words.get(i)[0]).split("\\s+(?=(?:of|and|for|the|on|&)\\s)")[0];
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            String previous = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
            int left = (int) words.stream().skip(i).takeWhile(x -> !text.substring(x[0], x[1]).matches("of|and|for|the"
                    + "|on|&")).count();
            boolean vietnamese = SURNAME.matcher(word).matches() && left >= 2;
            boolean afterTitle = TITLE_NOUN.matcher(previous).matches() && left >= 2 && left <= 3;
            boolean plain = !TITLE_NOUN.matcher(rest).find() && !rest.matches(".*\\s(?:of|and|for|the|on|&)\\s.*")
                    && !Organizations.NOUN_EN.matcher(rest).find() && !NOT_A_NAME.matcher(rest).find();
            if (TITLE_NOUN.matcher(before).find() && (vietnamese || afterTitle) && plain) {
                int end = run.start() + words.get(i)[0] + rest.length();
                return Optional.of(Mention.named(rest, Optional.of(before.strip()), run.start(), end));
            }
        }
        boolean clauseStart = run.start() == 0 || s.substring(0, run.start()).matches("(?s).*[,;:]\\s*");
        if (words.size() == 1 && clauseStart && VERB_AFTER.matcher(s.substring(run.end())).find()
                && !text.matches("It|They|We|This|That|These|Those|There|He|She|The")) {
            return Optional.of(Mention.named(text, Optional.empty(), run.start(), run.end()));
        }
        boolean looksLikeName = words.size() >= 2 && words.size() <= 4 && !TITLE_NOUN.matcher(text).find()
                && !text.matches(".*\\s(?:of|and|for|the|on|&)\\s.*") && !NOT_A_NAME.matcher(text).find()
                && (SURNAME.matcher(text.substring(0, words.get(0)[1])).matches()
                    || positionAfter(s, run.end()).isPresent());
        if (!clauseStart || !looksLikeName) {
            return Optional.empty();
        }
        Optional<int[]> pos = positionAfter(s, run.end());
        if (pos.isEmpty() && !VERB_AFTER.matcher(s.substring(run.end())).find()) {
            return Optional.empty();
        }
        return Optional.of(Mention.named(text, pos.map(span -> position(s, span)), run.start(),
                pos.map(span -> span[1]).orElse(run.end())));
    }

    /** ", Deputy Director of the City's Department of Finance," up to its verb. */
    private static Optional<int[]> positionAfter(String s, int nameEnd) {
        Matcher comma = Pattern.compile("\\s*,\\s*").matcher(s).region(nameEnd, s.length());
        if (!comma.lookingAt()) {
            return Optional.empty();
        }
        String rest = s.substring(comma.end());
        Matcher end = POSITION_END.matcher(rest);
        int stop = end.find() ? end.start() : rest.length();
        String position = rest.substring(0, stop).strip();
        String[] words = position.split("\\s+");
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 4)));
        boolean valid = !position.isEmpty() && words.length <= 25 && TITLE_NOUN.matcher(head).find()
                && !HONORIFIC.matcher(position).lookingAt();
        return valid ? Optional.of(new int[] {comma.end(), comma.end() + stop}) : Optional.empty();
    }

    private static String position(String s, int[] span) {
        return Sentences.trimPunctuation(s.substring(span[0], span[1])).replaceFirst("^(?:the|a|an)\\s+", "");
    }
}
