package org.acta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void foldsVietnameseIncludingDStroke() {
        assertThat(Ids.fold("Kết nạp Đảng viên")).isEqualTo("ket nap dang vien");
        assertThat(Ids.fold("đường ĐI")).isEqualTo("duong di");
        assertThat(Ids.fold("Thủ đô Hà Nội")).isEqualTo("thu do ha noi");
    }

    @Test
    void foldsDecomposedTextLikeComposed() {
        String nfd = Normalizer.normalize("Trần Thế Cương", Normalizer.Form.NFD);
        assertThat(Ids.fold(nfd)).isEqualTo("tran the cuong");
    }

    @Test
    void makesSlugsFromNames() {
        assertThat(Ids.slug("Kết-luận")).isEqualTo("ket-luan");
        assertThat(Ids.slug("  Sở Giáo dục - Đào tạo  ")).isEqualTo("so-giao-duc-dao-tao");
        assertThat(Ids.slug("01-Ctr/TU")).isEqualTo("01-ctr-tu");
        assertThat(Ids.slug("!!!")).isEmpty();
    }

    @Test
    void validIdsAreLowercaseAscii() {
        assertThat(Ids.isValid("ket-luan")).isTrue();
        assertThat(Ids.isValid("2024-hoi-nghi")).isTrue();
        assertThat(Ids.isValid("Ket-luan")).isFalse();
        assertThat(Ids.isValid("kết-luận")).isFalse();
        assertThat(Ids.isValid("-ket")).isFalse();
        assertThat(Ids.isValid("")).isFalse();
    }

    @Property
    void slugIsAlwaysEmptyOrAValidId(@ForAll String text) {
        String slug = Ids.slug(text);
        assertThat(slug.isEmpty() || Ids.isValid(slug)).isTrue();
    }

    @Property
    void foldIsIdempotent(@ForAll String text) {
        assertThat(Ids.fold(Ids.fold(text))).isEqualTo(Ids.fold(text));
    }
}
