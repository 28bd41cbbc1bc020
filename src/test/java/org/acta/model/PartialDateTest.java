package org.acta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsYearOnlyDateAsYear() {
        PartialDate date = PartialDate.parse("2023").orElseThrow();
        assertThat(date.precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(date.toString()).isEqualTo("2023");
        assertThat(date.start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(date.end()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void monthEndsOnItsLastDay() {
        assertThat(PartialDate.parse("2024-02").orElseThrow().end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2023-06").orElseThrow().end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void readsApproximateAndUnknown() {
        PartialDate approx = PartialDate.parse("2023-06~").orElseThrow();
        assertThat(approx.approximate()).isTrue();
        assertThat(approx.toString()).isEqualTo("2023-06~");
        assertThat(PartialDate.parse("unknown")).contains(PartialDate.UNKNOWN);
    }

    @Test
    void refusesWhatIsNotADate() {
        for (String bad : new String[] {"", "23", "2023-6", "2023-13", "2023-02-30", "2023/06/01", "June 2023",
                "2023-06-15T10:00", "~2023", "2023~~", "20234", "2023-"}) {
            assertThat(PartialDate.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void sortsUnknownAfterKnown() {
        var dates = new java.util.ArrayList<>(java.util.List.of(PartialDate.UNKNOWN,
                PartialDate.parse("2024-03").orElseThrow(), PartialDate.parse("2023").orElseThrow()));
        dates.sort(PartialDate.CHRONOLOGICAL);
        assertThat(dates).extracting(PartialDate::toString).containsExactly("2023", "2024-03", "unknown");
    }

    @Property
    void printsWhatItParses(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month,
                            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll boolean approximate) {
        for (String text : new String[] {String.format("%04d", year), String.format("%04d-%02d", year, month),
                String.format("%04d-%02d-%02d", year, month, day)}) {
            String written = approximate ? text + "~" : text;
            assertThat(PartialDate.parse(written).orElseThrow().toString()).isEqualTo(written);
        }
    }

    @Property
    void spanCoversItsStartAndEnd(@ForAll @IntRange(min = 1, max = 9999) int year,
                                  @ForAll @IntRange(min = 1, max = 12) int month) {
        PartialDate date = PartialDate.ofMonth(year, month);
        assertThat(date.covers(date.start())).isTrue();
        assertThat(date.covers(date.end())).isTrue();
        assertThat(date.covers(date.end().plusDays(1))).isFalse();
    }
}
