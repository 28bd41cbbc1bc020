package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodiesTest {
    @Test
    void placesABodysHeadingsUnderThePageTitleWithoutSkippingALevel() {
        assertThat(Bodies.underTitle("<h1 id=\"a\">A</h1><p>x</p><h4 id=\"b\">B</h4><h6>C</h6><h4>D</h4>"))
                .isEqualTo("<h2 id=\"a\">A</h2><p>x</p><h3 id=\"b\">B</h3><h4>C</h4><h3>D</h3>");
    }

    @Test
    void leavesABodyThatAlreadyStartsAtH2AsItIs() {
        String html = "<h2 id=\"a\">A</h2><h3>B</h3><p>h1 in text</p>";
        assertThat(Bodies.underTitle(html)).isSameAs(html);
    }

    @Test
    void putsABodyOneLevelDeeperUnderAHeadingOfItsOwn() {
        assertThat(Bodies.deeper("<h2 id=\"a\">A</h2><h3>B</h3><h6>C</h6>"))
                .isEqualTo("<h3 id=\"a\">A</h3><h4>B</h4><h6>C</h6>");
    }

    @Test
    void prefixesIdsAndInPageLinksOfABodyShownWithOthers() {
        assertThat(Bodies.scoped("<h2 id=\"x\">X</h2><sup id=\"fnref-1\"><a href=\"#fn-1\">1</a></sup>", "speech-2"))
                .isEqualTo("<h2 id=\"speech-2-x\">X</h2><sup id=\"speech-2-fnref-1\"><a href=\"#speech-2-fn-1\">1</a></sup>");
    }
}
