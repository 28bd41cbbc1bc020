package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every front-matter string is text on every page: markup in it is shown, never run. */
class EscapingTest {
    private static final String X = "\\\"'><script>alert(1)</script><img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    @Test
    void markupInEveryFrontMatterStringIsEscapedOnEveryPage() throws Exception {
        String x = "\"" + X + "\"";
        SiteFixture site = new SiteFixture(dir)
                .write("site.yaml", "title: " + x + "\nbase_url: https://example.org/\ndescription: " + x + "\n")
                .write("events/e/index.md", "---\ntitle: " + x + "\ndate: 2024-03\ndate_note: " + x + "\nkind: " + x
                        + "\nlocation: " + x + "\norganizers: [o]\nchair: p\ndocuments: [d]\ntags: [" + x + "]\n"
                        + "figures:\n  - label: " + x + "\n    value: 1\n    unit: " + x + "\n    note: " + x + "\n"
                        + "conclusions: [" + x + "]\nsource:\n  title: " + x + "\n  url: https://example.org/?a=\"><svg/onload=alert(1)>"
                        + "\n  publisher: " + x + "\n---\n")
                .write("events/e/s.md", "---\ntitle: " + x + "\nspeaker: p\nrole: remarks\nposition: " + x
                        + "\nsummary: " + x + "\n---\n")
                .write("people/p.yaml", "name: " + x + "\npositions:\n  - title: " + x + "\n    organization: o\n"
                        + "bio: " + x + "\n")
                .write("organizations/o.yaml", "name: " + x + "\nshort_name: " + x + "\nkind: " + x
                        + "\nurl: https://example.org/" + "\n")
                .write("documents/d.md", "---\ntitle: " + x + "\nnumber: " + x + "\nissuer: o\nperiod: " + x
                        + "\nurl: https://example.org/\n---\n")
                .write("tasks/t.md", "---\ntitle: " + x + "\nevent: e\nspeech: s\nassignee: o\ntarget:\n  value: 2\n"
                        + "  unit: " + x + "\nupdates:\n  - date: 2024-05\n    note: " + x
                        + "\n    evidence: https://example.org/\n---\n")
                .write("pages/a.md", "---\ntitle: " + x + "\n---\n");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        HostileInputTest.assertNoScriptFromContent(site);
        assertThat(site.page("events/e/").text()).contains("<script>alert(1)</script>");
        assertThat(site.page("events/e/").select("a[href^=https://example.org/?a=]").attr("rel")).contains("noopener");
        assertThat(site.page("tasks/t/").select("a[href=https://example.org/]").attr("rel")).contains("noopener");
    }
}
