package org.acta.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The sheet reader reads back every table an RFC 4180 writer (Apache Commons CSV, as Excel writes) makes. */
class SheetProperties {

    @Property(tries = 500)
    void readsWhatACsvWriterWrites(@ForAll("tables") List<List<String>> table, @ForAll boolean byteOrderMark,
                                   @ForAll boolean semicolons) {
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(semicolons ? ';' : ',').get();
        StringWriter written = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(written, format)) {
            printer.printRecord(semicolons ? List.of("task", "date", "note", "status")
                    : List.of("task", "date", "note"));
            for (List<String> row : table) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = (byteOrderMark ? "\uFEFF" : "") + written;
        Sheet.Read read = Sheet.read(text.getBytes(StandardCharsets.UTF_8), "x.csv", false);
        assertThat(read.problems()).isEmpty();
        List<List<String>> cells = new ArrayList<>();
        read.rows().subList(1, read.rows().size()).forEach(row -> cells.add(row.cells()));
        List<List<String>> expected = table.stream().map(row -> row.stream()
                .map(cell -> Normalizer.normalize(cell.replace("\r\n", "\n").replace('\r', '\n'),
                        Normalizer.Form.NFC)).toList()).toList();
        assertThat(cells).isEqualTo(expected);
        assertThat(read.rows()).extracting(Sheet.Row::number).as("rows numbered as a spreadsheet shows them")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, table.size() + 1).boxed()
                        .toList());
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings().withChars("aăâđêôơưAĐ ,;\"\r\n\t'=xyzệ\u0301").ofMaxLength(12);
        return cell.list().ofMinSize(2).ofMaxSize(5).list().ofMaxSize(6);
    }
}
