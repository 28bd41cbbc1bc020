package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How speakers, their positions and roles are told in reports, Vietnamese and English, each
 * pattern in sentences written for this suite.
 */
class SpeakerPatternsTest {
    private static Draft vi(String... blocks) {
        return ImportRun.draftOf(ImportRun.page("vi", "Huyện tổng kết công tác năm", blocks));
    }

    private static Draft en(String... blocks) {
        return ImportRun.draftOf(ImportRun.page("en", "Province reviews the year's work", blocks));
    }

    @Test
    void readsThePositionStatedBeforeTheName() {
        Draft draft = vi("Phát biểu kết luận, UVTW Đảng, Bí thư Tỉnh ủy Lê Quang Vinh nhấn mạnh công tác chuẩn bị "
                + "đại hội phải được tiến hành chặt chẽ.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Lê Quang Vinh | conclusion | UVTW Đảng, Bí thư Tỉnh ủy");
    }

    @Test
    void readsSpeakersCalledOngOrBaAndOfficersByRank() {
        Draft draft = vi("Tại buổi làm việc, bà Phạm Thị Thu Hà, Giám đốc Sở Y tế cho biết toàn tỉnh có 120 trạm y tế.",
                "Đại tá Hoàng Văn Sơn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo kết quả công tác tuyển quân.");
        assertThat(ImportRun.speeches(draft)).containsExactly(
                "Phạm Thị Thu Hà | remarks | Giám đốc Sở Y tế",
                "Hoàng Văn Sơn | keynote | Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh");
    }

    @Test
    void readsThePositionAfterADash() {
        Draft draft = vi("Phát biểu khai mạc, đồng chí Lý Thị Hồng - Chủ tịch Ủy ban MTTQ huyện nêu rõ mục đích, "
                + "yêu cầu của hội nghị.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Lý Thị Hồng | opening | Chủ tịch Ủy ban MTTQ huyện");
    }

    @Test
    void takesASpeakerNamedOnlyByOffice() {
        Draft draft = vi("Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy Công ty đề nghị các chi bộ tiếp tục đổi mới "
                + "nội dung sinh hoạt.");
        assertThat(ImportRun.speeches(draft)).containsExactly(
                "Bí thư Đảng ủy Công ty | remarks | Bí thư Đảng ủy Công ty");
        assertThat(draft.speeches().get(0).speaker().orElseThrow().named()).isFalse();
    }

    @Test
    void takesASpeakerWhoOnlyRequestsOrStresses() {
        Draft draft = vi("Đồng chí Trịnh Minh Đức, Phó Chủ tịch UBND huyện yêu cầu các xã hoàn thành việc rà soát hộ "
                + "nghèo.", "Ông Đặng Quốc Bảo, Trưởng phòng Nội vụ nhấn mạnh việc sắp xếp cán bộ cấp xã.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Trịnh Minh Đức | remarks | Phó Chủ tịch UBND huyện",
                "Đặng Quốc Bảo | remarks | Trưởng phòng Nội vụ");
    }

    @Test
    void recordsAttendanceAndChairNotAsSpeechesAndCarriesTheirPositions() {
        Draft draft = vi("Chủ trì hội nghị có Bí thư Huyện ủy Đinh Văn Tuấn và Chủ tịch UBND huyện Mai Xuân Lộc.",
                "Tham dự và chỉ đạo hội nghị có đồng chí Vũ Văn Hải – Phó Chủ tịch UBND tỉnh; ông Đỗ Minh Tâm – Giám "
                        + "đốc Sở Nội vụ.",
                "Đồng chí Vũ Văn Hải đánh giá cao kết quả huyện đạt được trong năm qua.",
                "Đồng chí Giám đốc Sở Nội vụ cũng đề nghị huyện sớm hoàn thiện đề án vị trí việc làm.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Vũ Văn Hải | remarks | Phó Chủ tịch UBND tỉnh",
                "Đỗ Minh Tâm | remarks | Giám đốc Sở Nội vụ");
        assertThat(draft.event().chairs()).extracting(Draft.Speaker::name).containsExactly("Đinh Văn Tuấn",
                "Mai Xuân Lộc");
        assertThat(draft.event().summary()).hasSize(2);
    }

    @Test
    void takesASpeakerNamedOnlyInAPhotoCaption() {
        Draft draft = vi("Sáng 18/9, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận chín tháng đầu năm.",
                "caption: Đồng chí Ngô Thị Lan, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị.",
                "Đồng chí Trần Hữu Phước, Bí thư Huyện ủy kết luận hội nghị.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Ngô Thị Lan | remarks | Trưởng Ban Dân vận Huyện ủy",
                "Trần Hữu Phước | conclusion | Bí thư Huyện ủy");
        assertThat(draft.speeches().get(0).captionOnly()).isTrue();
        assertThat(draft.speeches().get(1).captionOnly()).isFalse();
    }

    @Test
    void keepsASpeechGoingWhenTheSpeakerIsReferredToAgain() {
        Draft draft = vi("Phát biểu chỉ đạo, đồng chí Nguyễn Hoài Nam, Phó Bí thư Tỉnh ủy ghi nhận nỗ lực của huyện.",
                "Đồng chí nhấn mạnh cần tập trung giải ngân vốn đầu tư công.",
                "Phó Bí thư Tỉnh ủy yêu cầu các ngành quan tâm hơn đến đời sống người dân.",
                "Ông Nam cũng lưu ý công tác phòng chống thiên tai.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Nguyễn Hoài Nam | keynote | Phó Bí thư Tỉnh ủy");
        assertThat(draft.speeches().get(0).paragraphs()).hasSize(4);
    }

    @Test
    void doesNotTakePlacesOrSchoolsNamedAfterPeopleForSpeakers() {
        Draft draft = vi("Trường Đại học Tôn Đức Thắng cho biết sẽ tuyển thêm 500 sinh viên trong năm học mới.",
                "Công tác học tập và làm theo tư tưởng Hồ Chí Minh được triển khai sâu rộng.");
        assertThat(draft.speeches()).isEmpty();
    }

    @Test
    void readsEnglishTitlesBeforeTheNameAndPositionsAfterIt() {
        Draft draft = en("Deputy Minister Tran Van Khoa requested the provinces to speed up the disbursement of "
                + "public investment.", "John Miller, chairman of the European Chamber of Commerce, said the survey "
                + "showed rising confidence.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Tran Van Khoa | remarks | Deputy Minister",
                "John Miller | remarks | chairman of the European Chamber of Commerce");
    }

    @Test
    void readsEnglishRolesPronounsAndAttendance() {
        Draft draft = en("Attending the event were Vice Chairman Pham Van Binh and representatives of 40 businesses.",
                "In her opening remarks, Ms. Le Thi Mai, Director of the Department of Foreign Affairs, welcomed the "
                        + "delegates.", "She added that the province would simplify procedures for investors.",
                "Khoa Pham, head of the provincial Tax Department, noted that revenue rose sharply this year.",
                "In his concluding remarks, Vice Chairman Pham Van Binh thanked the businesses for their proposals.");
        assertThat(ImportRun.speeches(draft)).containsExactly(
                "Le Thi Mai | opening | Director of the Department of Foreign Affairs",
                "Khoa Pham | remarks | head of the provincial Tax Department",
                "Pham Van Binh | conclusion | Vice Chairman");
        assertThat(draft.speeches().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void recordsTheFloorsDiscussionWithNoSpeaker() {
        Draft draft = vi("Tại hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến về dự thảo báo cáo chính trị.");
        assertThat(ImportRun.speeches(draft)).containsExactly("(floor) | discussion | ");
        assertThat(List.of(en("Delegates discussed ways to cut logistics costs for exporters in the region.")))
                .allSatisfy(d -> assertThat(ImportRun.speeches(d)).containsExactly("(floor) | discussion | "));
    }

    @Test
    void inventsNoSpeakerFromPeopleWhoAreOnlyPraisedAwardedOrHeard() {
        Draft draft = vi("Hội nghị biểu dương đồng chí Nguyễn Văn Tư vì có nhiều sáng kiến trong công tác.",
                "Dịp này, đồng chí Lê Thị Năm trao giấy khen cho 12 tập thể có thành tích xuất sắc.",
                "Ban tổ chức tặng hoa chúc mừng ông Phan Văn Sáu, nguyên Chủ tịch Hội Nông dân huyện.",
                "Hội nghị đã nghe đồng chí Tạ Minh Bảy, Phó Giám đốc Sở Tài chính trình bày báo cáo quyết toán ngân sách.",
                "Theo ông Đoàn Văn Tám, Giám đốc Ban Quản lý dự án, công trình sẽ hoàn thành trong tháng 12.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Tạ Minh Bảy | keynote | Phó Giám đốc Sở Tài chính",
                "Đoàn Văn Tám | remarks | Giám đốc Ban Quản lý dự án");
    }

    @Test
    void readsEnglishSpeakersNamedAfterTheirVerbOrAfterALongOffice() {
        Draft draft = en("The province is ready to host more foreign firms, said Deputy Prime Minister Ho Duc Phoc on "
                + "June 3.", "Vice Chairman of Da Nang City People's Committee Tran Chi Cuong warmly welcomed the "
                + "investors.", "Deputy Foreign Minister Le Thi Thu Hang delivered the closing speech at the forum.",
                "Trade will be the main topic this year, said Mr. Lam Van Tu, Director of the Industry Department.",
                "He made the statement in his opening remarks at the 3rd Regional Trade Forum.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Ho Duc Phoc | remarks | Deputy Prime Minister",
                "Tran Chi Cuong | remarks | Vice Chairman of Da Nang City People's Committee",
                "Le Thi Thu Hang | conclusion | Deputy Foreign Minister",
                "Lam Van Tu | opening | Director of the Industry Department");
        assertThat(draft.speeches().get(3).paragraphs()).hasSize(2);
    }

    @Test
    void readsAbbreviatedPartyTitlesAndChairingUnderSomeone() {
        Draft draft = vi("Chiều 2/10, dưới sự chủ trì của đồng chí Mạc Văn Thịnh, Bí thư Huyện ủy, hội nghị Ban Chấp "
                + "hành Đảng bộ huyện đã họp phiên thường kỳ.", "Phát biểu tại hội nghị, đồng chí Khúc Thị Yến - TUV, "
                + "Chủ tịch UBND huyện đánh giá cao sự phối hợp của các ngành.");
        assertThat(ImportRun.speeches(draft)).containsExactly("Khúc Thị Yến | remarks | TUV, Chủ tịch UBND huyện");
        assertThat(draft.event().chairs()).extracting(Draft.Speaker::name).containsExactly("Mạc Văn Thịnh");
    }

    @Test
    void readsListsOfPeopleOfferedWithTheirPositionsAndTimedProgrammes() {
        Draft draft = vi("Các đồng chí: Vừ Thị Dua, Bí thư Huyện ủy; Sầm Văn Kiên, Phó Bí thư Huyện ủy, Chủ tịch UBND "
                + "huyện chủ trì hội nghị.", "8h30: Đồng chí Phó Bí thư Huyện ủy Sầm Văn Kiên trình bày báo cáo tình "
                + "hình kinh tế - xã hội.", "Cần quyết liệt hơn trong giải ngân vốn đầu tư công. Đó là yêu cầu của đồng "
                + "chí Vừ Thị Dua, Bí thư Huyện ủy, tại phiên bế mạc.");
        assertThat(draft.event().chairs()).extracting(Draft.Speaker::name).containsExactly("Vừ Thị Dua", "Sầm Văn Kiên");
        assertThat(ImportRun.speeches(draft)).containsExactly(
                "Sầm Văn Kiên | keynote | Phó Bí thư Huyện ủy, Chủ tịch UBND huyện",
                "Vừ Thị Dua | remarks | Bí thư Huyện ủy");
    }
}
