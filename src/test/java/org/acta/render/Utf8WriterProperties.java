package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class Utf8WriterProperties {

    /** Whatever the text and however a template cuts it into writes, the bytes are the JDK's UTF-8. */
    @Property(tries = 1000)
    void writesTheBytesTheJdkEncodes(@ForAll @Size(max = 6) List<String> parts,
                                     @ForAll @IntRange(min = 1, max = 64) int capacity) {
        Utf8Writer out = new Utf8Writer(capacity);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            all.append(part);
            switch (i % 3) {
                case 0 -> out.write(part, 0, part.length());
                case 1 -> out.write(part.toCharArray(), 0, part.length());
                default -> part.chars().forEach(out::write);
            }
        }
        all.append("Đảng viên \uD83D\uDE00");
        out.append("Đảng viên \uD83D");
        out.append("\uDE00");
        assertThat(out.toByteArray()).isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
