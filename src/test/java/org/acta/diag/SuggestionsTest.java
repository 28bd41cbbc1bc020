package org.acta.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final Map<String, String> ORGANIZATIONS = Map.of(
            "ban-to-chuc-thanh-uy-ha-noi", "ban-to-chuc-thanh-uy-ha-noi",
            "ban-to-chuc-trung-uong", "ban-to-chuc-trung-uong",
            "ban-tuyen-giao-thanh-uy-ha-noi", "ban-tuyen-giao-thanh-uy-ha-noi",
            "so-gddt", "so-giao-duc-va-dao-tao-ha-noi",
            "thanh-uy", "thanh-uy-ha-noi");

    @Test
    void suggestsAnIdThatStartsWithTheOneWrittenBeforeTheClosestByEditDistance() {
        assertThat(Suggestions.toNamed("ban-to-chuc-thanh-uy", ORGANIZATIONS))
                .containsExactly("ban-to-chuc-thanh-uy-ha-noi", "ban-to-chuc-trung-uong", "thanh-uy");
    }

    @Test
    void suggestsAnItemByItsNameWrittenAsAnId() {
        assertThat(Suggestions.toNamed("thanh-uy-ha-noi", ORGANIZATIONS).get(0)).isEqualTo("thanh-uy");
        assertThat(Suggestions.toNamed("so-giao-duc", ORGANIZATIONS)).containsExactly("so-gddt");
        assertThat(Suggestions.suggestionNamed("khoa", Map.of("pham-van-khoa", "pham-van-khoa", "nguyen-van-phong",
                "nguyen-van-phong"))).isEqualTo("; did you mean 'pham-van-khoa'?");
    }

    @Test
    void suggestsItemsThatStartWithTheSameWordsButTheLast() {
        assertThat(Suggestions.toNamed("ban-tuyen-giao-thanh-uy-hn", ORGANIZATIONS))
                .startsWith("ban-tuyen-giao-thanh-uy-ha-noi");
    }

    @Test
    void stillSuggestsByEditDistanceAndNothingForAnIdFarFromEvery() {
        assertThat(Suggestions.toNamed("so-gdt", ORGANIZATIONS)).containsExactly("so-gddt");
        assertThat(Suggestions.toNamed("bo-cong-an", ORGANIZATIONS)).isEmpty();
    }

    @Test
    void readsADateWrittenAnotherWay() {
        assertThat(Suggestions.dates("30/9/2024")).containsExactly("2024-09-30");
        assertThat(Suggestions.dates("30-09-2024")).containsExactly("2024-09-30");
        assertThat(Suggestions.dates("30.9.2024")).containsExactly("2024-09-30");
        assertThat(Suggestions.dates("9/2024")).containsExactly("2024-09");
        assertThat(Suggestions.dates("2024-9")).containsExactly("2024-09");
        assertThat(Suggestions.dates("2024/09/30")).containsExactly("2024-09-30");
        assertThat(Suggestions.dates("2024-9-3")).containsExactly("2024-09-03");
        assertThat(Suggestions.dates("9/2024~")).containsExactly("2024-09~");
    }

    @Test
    void offersBothReadingsWhenTheDayCouldBeTheMonthDayFirst() {
        assertThat(Suggestions.dates("5/9/2024")).containsExactly("2024-09-05", "2024-05-09");
        assertThat(Suggestions.dates("9/9/2024")).containsExactly("2024-09-09");
        assertThat(Suggestions.dates("9/30/2024")).containsExactly("2024-09-30");
    }

    @Test
    void offersNothingForADateThatIsNoDate() {
        assertThat(Suggestions.dates("2024-13")).isEmpty();
        assertThat(Suggestions.dates("31/2/2024")).isEmpty();
        assertThat(Suggestions.dates("tháng 9")).isEmpty();
        assertThat(Suggestions.dates("13/2024")).isEmpty();
    }
}
