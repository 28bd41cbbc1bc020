package org.acta.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The conventions of English news about meetings: "In his concluding remarks, Mr. …", "Attending were …". */
final class EnglishGrammar implements Grammar {
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

    @Override
    public List<Mention> mentions(String sentence) {
        return EnglishMentions.find(sentence);
    }

    @Override
    public Optional<Role> speechAct(String s, Mention m) {
        if (attendance(s)) {
            return Optional.empty();
        }
        String before = s.substring(0, m.start());
        String after = s.substring(m.end());
        if (ATTRIBUTION.matcher(before).find() || INVERTED.matcher(before).find()) {
            return Optional.of(new Role("remarks", remarksWord(), false));
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
        return EnglishMentions.VERB_AFTER.matcher(after).find()
                ? Optional.of(new Role("remarks", remarksWord(), false)) : Optional.empty();
    }

    private static Role role(String words) {
        if (words.matches(".*(concluding|closing|conclusion|concluded|summed up|wrapped up).*")) {
            return new Role("conclusion", "concluding remarks", true);
        }
        if (words.matches(".*(opening|welcoming|opened).*")) {
            return new Role("opening", "opening remarks", true);
        }
        if (words.contains("keynote")) {
            return new Role("keynote", "keynote", true);
        }
        return new Role("keynote", "report", true);
    }

    @Override
    public boolean attendance(String sentence) {
        return ATTENDANCE.matcher(sentence).find();
    }

    @Override
    public boolean chair(String sentence) {
        return CHAIR.matcher(sentence).find();
    }

    @Override
    public boolean discussion(String paragraph) {
        return DISCUSSION.matcher(paragraph).find();
    }

    @Override
    public boolean aboutTheEvent(String sentence) {
        return EVENT.matcher(sentence).find();
    }

    @Override
    public String remarksWord() {
        return "remarks";
    }

    @Override
    public String discussionWord() {
        return "discussion";
    }
}
