package org.acta.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The conventions of English news about meetings: "In his concluding remarks, Mr. …", "Attending were …". */
final class EnglishGrammar {
    private static final Pattern INTRO = Pattern.compile("^(?:[^,;:]{0,90},\\s*)*[^,;:]{0,90},\\s*$|^\\s*$");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)(?:^|,\\s*|\\s)(?:also\\s+)?according to\\s+$");
    /** "…, said Deputy Minister …": the verb before its speaker, at the end of the sentence. */
    private static final Pattern INVERTED = Pattern.compile("[,”\"]\\s*(?:said|says|stated|noted|added|stressed"
            + "|emphasised|emphasized|affirmed|told)\\s+$");
    private static final Pattern INTRO_ROLE = Pattern.compile("(?i)(concluding|closing|opening|keynote|welcoming)"
            + "\\s+(?:remarks|speech|address)|in conclusion|keynote|(?:a|the) report|^(?:in\\s+)?(?:concluding|closing"
            + "|opening|summing up|wrapping up)(?=\\s+(?:the|a|an|this|his|her)\\s)");
    /** "He made the statement in his opening remarks …": the role named later in the speaker's sentence. */
    private static final Pattern OWN_ROLE = Pattern.compile("(?i)(?<![\\p{L}])in (?:his|her|their) ((?:opening|concluding"
            + "|closing|keynote|welcoming) (?:remarks|speech|address))");
    private static final Pattern VERB_ROLE = Pattern.compile("(?i)^\\s*,?\\s*(?:(?:has|have|had|also|then)\\s+)*"
            + "(concluded|opened|delivered (?:a|an|the) (?:keynote|opening|closing|concluding|welcoming)"
            + "|presented (?:a|the) report|reported|summed up|wrapped up)(?![\\p{L}])");
    private static final Pattern ATTENDANCE = Pattern.compile("^(?:Attending|Also attending|Present at|Present were"
            + "|Joining|Participating in)(?![\\p{L}])|(?<![\\p{L}])(?:was|were) attended by(?![\\p{L}])");
    private static final Pattern CHAIR = Pattern.compile("(?<![\\p{L}])(?:chaired|co-chaired|presided over)(?![\\p{L}])");
    private static final Pattern DISCUSSION = Pattern.compile("(?i)^(?:at the (?:conference|event|meeting|forum"
            + "|seminar|workshop|session),\\s+)?(?:the\\s+|many\\s+)?(?:delegates|participants|attendees"
            + "|representatives|speakers|businesses)(?![\\p{L}]).*(?<![\\p{L}])(?:discussed|raised|proposed|shared"
            + "|suggested|exchanged|contributed|debated|voiced|gave)(?![\\p{L}])");
    private static final Pattern EVENT = Pattern.compile("^(?:The|This year's) (?:\\S+\\s+){0,3}?(?:conference"
            + "|event|meeting|forum|seminar|workshop|roundtable|session|ceremony|dialogue)(?![\\p{L}])");

    private static final Grammar.Role REMARKS = new Grammar.Role("remarks", "remarks", false);
    static final Grammar GRAMMAR = new Grammar(EnglishMentions::find, EnglishGrammar::speechAct, ATTENDANCE, CHAIR,
            EnglishGrammar::discussion, EVENT, "remarks", "discussion");

    private EnglishGrammar() {
    }

    private static Optional<Grammar.Role> speechAct(String s, Mention m) {
        String before = s.substring(0, m.start());
        String after = s.substring(m.end());
        if (ATTRIBUTION.matcher(before).find() || INVERTED.matcher(before).find()) {
            return Optional.of(REMARKS);
        }
        if (!INTRO.matcher(before).matches()) {
            return Optional.empty();
        }
        Matcher intro = INTRO_ROLE.matcher(before);
        Matcher verb = VERB_ROLE.matcher(after);
        Matcher own = OWN_ROLE.matcher(after);
        if (intro.find()) {
            return Optional.of(role(intro.group().toLowerCase(java.util.Locale.ROOT)));
        }
        if (own.find()) {
            return Optional.of(role(own.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
        if (verb.lookingAt()) {
            return Optional.of(role(verb.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
        return EnglishMentions.VERB_AFTER.matcher(after).find() ? Optional.of(REMARKS) : Optional.empty();
    }

    private static Grammar.Role role(String words) {
        if (words.matches(".*(concluding|closing|conclusion|concluded|summed up|wrapped up).*")) {
            return new Grammar.Role("conclusion", "concluding remarks", true);
        }
        if (words.matches(".*(opening|welcoming|opened).*")) {
            return new Grammar.Role("opening", "opening remarks", true);
        }
        if (words.contains("keynote")) {
            return new Grammar.Role("keynote", "keynote", true);
        }
        return new Grammar.Role("keynote", "report", true);
    }

    private static boolean discussion(String paragraph) {
        return DISCUSSION.matcher(paragraph).find();
    }
}
