package org.acta.importer;

import java.util.List;
import java.util.Optional;
import org.acta.model.Language;

/**
 * How news reports in one language tell who spoke, in what role, who attended and who chaired:
 * the conventions the readers of a report share, not rules for one site's reports.
 */
interface Grammar {
    /** The people a prepared sentence names, in order. */
    List<Mention> mentions(String sentence);

    /**
     * When {@code mention} is the one speaking in the sentence (its subject, before a verb of
     * speech, or introduced as the speaker: "Phát biểu kết luận, đồng chí …", "According to Mr. …"),
     * the role the sentence gives the speech.
     */
    Optional<Role> speechAct(String sentence, Mention mention);

    /** "Tham dự Hội nghị có …", "Attending the event were …": who was there, not who spoke. */
    boolean attendance(String sentence);

    /** "Chủ trì Hội nghị có …", "… chaired the meeting". */
    boolean chair(String sentence);

    /** A paragraph that reports the floor's discussion, with no one speaker ("Các ý kiến tại Hội nghị …"). */
    boolean discussion(String paragraph);

    /** A sentence whose subject is the event itself ("Hội nghị diễn ra …", "The conference …"). */
    boolean aboutTheEvent(String sentence);

    /** The words of a speech that has no role stated: "phát biểu", "remarks". */
    String remarksWord();

    /** The words for the floor's discussion: "ý kiến trao đổi", "discussion". */
    String discussionWord();

    static Grammar of(Language language) {
        return language == Language.EN ? new EnglishGrammar() : new VietnameseGrammar();
    }

    /**
     * A speech's role in the contract's words ({@code opening}, {@code keynote}, {@code discussion},
     * {@code conclusion}, {@code remarks}) and the report's own word for it; {@code stated} when the
     * report names the role rather than only a verb of speech.
     */
    record Role(String role, String word, boolean stated) {
    }
}
