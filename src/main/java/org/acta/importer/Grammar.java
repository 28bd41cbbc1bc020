package org.acta.importer;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.acta.model.Language;

/**
 * How news reports in one language tell who spoke, in what role, who attended and who chaired:
 * the conventions the readers of a report share, not rules for one site's reports. Data, one
 * value a language ({@link VietnameseGrammar}, {@link EnglishGrammar}).
 *
 * @param mentions     the people a prepared sentence names, in order
 * @param speechAct    when the mention is the one speaking in the sentence (its subject, before a verb
 *                     of speech, or introduced as the speaker: "Phát biểu kết luận, đồng chí …",
 *                     "According to Mr. …"), the role the sentence gives the speech
 * @param attendance   "Tham dự Hội nghị có …", "Attending the event were …": who was there, not who spoke
 * @param chair        "Chủ trì Hội nghị có …", "… chaired the meeting"
 * @param discussion   a paragraph that reports the floor's discussion, with no one speaker
 * @param event        a sentence whose subject is the event itself ("Hội nghị diễn ra …", "The conference …")
 * @param remarksWord    the words of a speech that has no role stated: "phát biểu", "remarks"
 * @param discussionWord the words for the floor's discussion: "ý kiến trao đổi", "discussion"
 */
record Grammar(Function<String, List<Mention>> mentions, BiFunction<String, Mention, Optional<Role>> speechAct,
               Pattern attendance, Pattern chair, Predicate<String> discussion, Pattern event, String remarksWord,
               String discussionWord) {

    static Grammar of(Language language) {
        return language == Language.EN ? EnglishGrammar.GRAMMAR : VietnameseGrammar.GRAMMAR;
    }

    List<Mention> mentions(String sentence) {
        return mentions.apply(sentence);
    }

    Optional<Role> speechAct(String sentence, Mention mention) {
        return attendance(sentence) ? Optional.empty() : speechAct.apply(sentence, mention);
    }

    boolean attendance(String sentence) {
        return attendance.matcher(sentence).find();
    }

    boolean chair(String sentence) {
        return chair.matcher(sentence).find();
    }

    boolean discussion(String paragraph) {
        return discussion.test(paragraph);
    }

    boolean aboutTheEvent(String sentence) {
        return event.matcher(sentence).find();
    }

    /**
     * A speech's role in the contract's words ({@code opening}, {@code keynote}, {@code discussion},
     * {@code conclusion}, {@code remarks}) and the report's own word for it; {@code stated} when the
     * report names the role rather than only a verb of speech.
     */
    record Role(String role, String word, boolean stated) {
    }
}
