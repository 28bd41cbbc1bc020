package org.acta.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;

/**
 * Bodies named in English: a run of capitalised words with the small words that join them,
 * holding a word for a body ("Department of Planning", "People's Committee of Ho Chi Minh City"),
 * with its short name in brackets when given; Vietnamese names are read by {@link OrgNames}.
 */
final class Organizations {
    private static final String NOUNS = "Ministry|Department|Committee|Commission|Agency|Office|Bureau|Council"
            + "|Center|Centre|Authority|Board|Association|Union|Corporation|Group|Company|Bank|University|Institute"
            + "|School|Administration|Division|Unit|Service|Directorate|Federation|Chamber|Fund|Party|Inspectorate"
            + "|Court|Procuracy|Police|Command|Army|Front|Hospital|Academy|Club|Team|Secretariat|Government"
            + "|Province|Assembly|Cooperative|Enterprise|Post|Corporation";
    private static final String CAP = "(?:\\p{Lu}[\\p{L}'’-]*|\\p{Lu}{2,})";
    /** A name at the start of text, after "the", with "(ABBR)" when given. */
    static final Pattern NAMED_EN = Pattern.compile("^(?:the\\s+)?(" + CAP + "(?:\\s+(?:(?:of|and|for|the|on|&)\\s+)*"
            + CAP + ")*)(?:\\s+\\((\\p{Lu}[\\p{L}]*)\\))?");
    static final Pattern NOUN_EN = Pattern.compile("(?<![\\p{L}])(?:" + NOUNS + ")(?![\\p{L}])");
    private static final Pattern RUN_EN = Pattern.compile("(?<![\\p{L}])" + CAP + "(?:\\s+(?:(?:of|and|for|the|on|&)"
            + "\\s+)*" + CAP + ")*");

    private Organizations() {
    }

    /** The first body named inside text, as in a position "Deputy Director of the City's Department of Finance". */
    static Optional<String> within(String text, Language language, List<String> knownNames) {
        if (language != Language.EN) {
            return OrgNames.within(Sentences.prepare(text), knownNames).map(Sentences::restore);
        }
        Matcher run = RUN_EN.matcher(text);
        while (run.find()) {
            String name = run.group().replaceFirst("^(?:(?:Deputy|Vice|Chief|Permanent|Acting|Standing|General)\\s+)*"
                    + "(?:Minister|Director|Chairman|Chairwoman|Chair|President|Secretary|Head|Member|Governor|Mayor)"
                    + "(?:[- ]General)?\\s+of\\s+(?:the\\s+)?", "");
            if (NOUN_EN.matcher(name).find()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
