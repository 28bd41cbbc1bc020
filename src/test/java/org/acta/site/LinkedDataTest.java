package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema.org JSON-LD, Open Graph and Twitter card of each page kind, read as a crawler reads them. */
class LinkedDataTest {
    static final String BASE = "https://example.org/ky-yeu/";
    static final String TITLE = "Hội nghị tổng kết </script><b>năm học</b> & \"định hướng\"";

    @TempDir
    static Path dir;
    static SiteFixture site;

    @BeforeAll
    static void build() {
        site = EveryPageKind.inline(dir);
    }

    static JsonNode jsonLd(String url) throws Exception {
        List<Element> scripts = site.page(url).select("script[type=application/ld+json]");
        assertThat(scripts).as("one JSON-LD block on /" + url).hasSize(1);
        JsonNode node = new ObjectMapper().readTree(scripts.get(0).data());
        assertThat(node.path("@context").asText()).isEqualTo("https://schema.org");
        return node;
    }

    static String meta(Document page, String attribute, String name) {
        return page.select("meta[" + attribute + "=" + name + "]").attr("content");
    }

    @Test
    void anEventIsAnEventWithOrganizerLocationAndItsDateAtThePrecisionWritten() throws Exception {
        JsonNode event = jsonLd("events/hoi-nghi/");
        assertThat(event.path("@type").asText()).isEqualTo("Event");
        assertThat(event.path("name").asText()).isEqualTo(TITLE);
        assertThat(event.path("url").asText()).isEqualTo(BASE + "events/hoi-nghi/");
        assertThat(event.path("startDate").asText()).isEqualTo("2024-03-05");
        assertThat(event.path("endDate").asText()).isEqualTo("2024-03-06");
        assertThat(event.path("location").path("name").asText()).isEqualTo("Hà Nội");
        assertThat(event.path("organizer").get(0).path("name").asText()).isEqualTo("Sở Giáo dục - Đào tạo");
        assertThat(event.path("recordedIn")).hasSize(3);
        assertThat(event.path("image").asText()).isEqualTo(BASE + "assets/anh/hoi-truong.png");
        assertThat(jsonLd("events/hop-mat/").path("startDate").asText()).isEqualTo("2019-02");
        assertThat(jsonLd("events/toa-dam/").has("startDate")).as("an undated event has no date").isFalse();
    }

    @Test
    void aTitleHoldingAClosingScriptTagCannotEndTheScript() {
        String html = site.read("events/hoi-nghi/index.html");
        String head = html.substring(0, html.indexOf("</head>"));
        String open = "<script type=\"application/ld+json\">";
        String script = head.substring(head.indexOf(open) + open.length());
        assertThat(script.substring(0, script.indexOf("</script>"))).doesNotContain("<", ">", "&")
                .contains("\\u003c/script\\u003e");
        assertThat(site.page("events/hoi-nghi/").select("b")).as("the title's markup stays text").isEmpty();
    }

    @Test
    void aSpeechIsACreativeWorkByItsSpeakerRecordedAtItsEvent() throws Exception {
        JsonNode speech = jsonLd("events/hoi-nghi/de-dan/");
        assertThat(speech.path("@type").asText()).isEqualTo("CreativeWork");
        assertThat(speech.path("author").path("@type").asText()).isEqualTo("Person");
        assertThat(speech.path("author").path("name").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(speech.path("recordedAt").path("@type").asText()).isEqualTo("Event");
        assertThat(speech.path("recordedAt").path("url").asText()).isEqualTo(BASE + "events/hoi-nghi/");
        assertThat(speech.path("about").findValuesAsText("name")).contains("giáo dục", "học sinh");
        assertThat(speech.path("abstract").asText()).isEqualTo("Tóm tắt đề dẫn.");
        assertThat(jsonLd("events/hoi-nghi/thao-luan/").path("creditText").asText()).isEqualTo("Các đại biểu");
    }

    @Test
    void aPersonHasTheirCurrentJobTitleAndEveryPositionAsARoleWithItsDates() throws Exception {
        JsonNode person = jsonLd("people/nguyen-van-a/");
        assertThat(person.path("@type").asText()).isEqualTo("Person");
        assertThat(person.path("jobTitle").findValuesAsText("jobTitle")).isEmpty();
        assertThat(person.path("jobTitle").get(0).asText()).isEqualTo("Giám đốc Sở Giáo dục");
        assertThat(person.path("hasOccupation")).hasSize(2);
        JsonNode past = person.path("memberOf").get(1);
        assertThat(past.path("@type").asText()).isEqualTo("OrganizationRole");
        assertThat(past.path("roleName").asText()).isEqualTo("Phó Giám đốc");
        assertThat(past.path("startDate").asText()).isEqualTo("2015");
        assertThat(past.path("endDate").asText()).isEqualTo("2019-12");
        assertThat(past.path("memberOf").path("name").asText()).isEqualTo("Sở Giáo dục - Đào tạo");
        assertThat(person.path("image").asText()).isEqualTo(BASE + "assets/people/an.png");
    }

    @Test
    void organizationsDocumentsAndTasksHaveTheirTypes() throws Exception {
        JsonNode government = jsonLd("organizations/ubnd/");
        assertThat(government.path("@type").asText()).isEqualTo("GovernmentOrganization");
        assertThat(government.path("subOrganization").get(0).path("name").asText()).isEqualTo("Sở Giáo dục - Đào tạo");
        JsonNode org = jsonLd("organizations/so-gddt/");
        assertThat(org.path("@type").asText()).isEqualTo("Organization");
        assertThat(org.path("alternateName").asText()).isEqualTo("Sở GDĐT");
        assertThat(org.path("parentOrganization").path("url").asText()).isEqualTo(BASE + "organizations/ubnd/");

        JsonNode document = jsonLd("documents/ke-hoach/");
        assertThat(document.path("@type").asText()).isEqualTo("CreativeWork");
        assertThat(document.path("identifier").asText()).isEqualTo("01-KH/SGD");
        assertThat(document.path("dateCreated").asText()).isEqualTo("2023-08");
        assertThat(document.path("creator").path("name").asText()).isEqualTo("Sở Giáo dục - Đào tạo");

        JsonNode overdue = jsonLd("tasks/qua-han/");
        assertThat(overdue.path("actionStatus").asText()).isEqualTo("https://schema.org/PotentialActionStatus");
        assertThat(overdue.path("subjectOf").findValuesAsText("url")).as("the event and speech that assigned it")
                .containsExactly(BASE + "events/hoi-nghi/", BASE + "events/hoi-nghi/ket-luan/");
        assertThat(jsonLd("tasks/dang-lam/").path("actionStatus").asText())
                .isEqualTo("https://schema.org/ActiveActionStatus");
        JsonNode done = jsonLd("tasks/da-xong/");
        assertThat(done.path("@type").asText()).as("a task with a due date").isEqualTo("PlanAction");
        assertThat(done.path("scheduledTime").asText()).as("due: 2024-12, by its last day").isEqualTo("2024-12-31");
        JsonNode undated = jsonLd("tasks/chua-co-han/");
        assertThat(undated.path("@type").asText()).as("a task without a due date").isEqualTo("Action");
        assertThat(undated.has("scheduledTime")).isFalse();
        assertThat(done.path("actionStatus").asText()).isEqualTo("https://schema.org/CompletedActionStatus");
        assertThat(done.path("endTime").asText()).isEqualTo("2024-09-30");
        assertThat(done.path("agent").path("name").asText()).isEqualTo("Sở Giáo dục - Đào tạo");
        assertThat(jsonLd("tasks/da-huy/").path("actionStatus").asText())
                .isEqualTo("https://schema.org/FailedActionStatus");
    }

    @Test
    void theHomePageIsTheWebSiteWithItsSearchAndEveryOtherPageAWebPage() throws Exception {
        JsonNode home = jsonLd("");
        assertThat(home.path("@type").asText()).isEqualTo("WebSite");
        assertThat(home.path("potentialAction").path("target").asText())
                .isEqualTo(BASE + "search/?q={search_term_string}");
        for (String url : List.of("events/", "tasks/", "tasks/status/overdue/", "tags/", "search/", "gioi-thieu/",
                "events/hoi-nghi/print/")) {
            assertThat(jsonLd(url).path("@type").asText()).as(url).isEqualTo("WebPage");
        }
    }

    @Test
    void linkPreviewsShowTheTitleDescriptionAndTheEventsFirstImage() {
        Document event = site.page("events/hoi-nghi/");
        assertThat(meta(event, "property", "og:title")).isEqualTo(TITLE);
        assertThat(meta(event, "property", "og:url")).isEqualTo(BASE + "events/hoi-nghi/");
        assertThat(meta(event, "property", "og:description")).startsWith("Hội nghị tổng kết năm học");
        assertThat(meta(event, "property", "og:image")).isEqualTo(BASE + "assets/anh/hoi-truong.png");
        assertThat(meta(event, "property", "og:image:alt")).isEqualTo("Hội trường");
        assertThat(meta(event, "property", "og:locale")).isEqualTo("vi_VN");
        assertThat(meta(event, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(event, "name", "description")).isEqualTo(meta(event, "property", "og:description"));

        Document undated = site.page("events/toa-dam/");
        assertThat(undated.select("meta[property=og:image]")).as("no image, none invented").isEmpty();
        assertThat(meta(undated, "name", "twitter:card")).isEqualTo("summary");
        assertThat(meta(undated, "property", "og:description")).isEqualTo("Kỷ yếu thử của mọi loại trang.");
    }
}
