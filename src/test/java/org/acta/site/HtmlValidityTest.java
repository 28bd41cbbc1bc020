package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every page of the sample, of a site with every page kind and of an English site passes the Nu HTML Checker (the
 * checker behind validator.w3.org/nu), run in-process, with no errors.
 */
class HtmlValidityTest {
    @TempDir
    Path dir;

    /** Collects the checker's errors as {@code page:line: message}; warnings are not errors. */
    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        String page = "";

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(page + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyPageOfBothSitesHasNoCheckerErrors() throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", errors);
        checker.setUpValidatorAndParsers(errors, false, false);
        int checked = 0;
        for (SiteFixture site : List.of(EveryPageKind.sample(dir), EveryPageKind.inline(dir),
                EveryPageKind.english(dir), DraftsTest.staging(dir))) {
            List<String> pages = EveryPageKind.pages(site);
            assertThat(pages).contains("index.html", "404.html", "search/index.html", "tasks/index.html");
            for (String page : pages) {
                errors.page = site.output.getFileName() + "/" + page;
                check(checker, site.output.resolve(page));
                checked++;
            }
        }
        System.out.println("Nu HTML Checker: " + checked + " pages checked");
        assertThat(checked).as("pages checked").isGreaterThan(80);
        assertThat(errors.found).as("checker errors").isEmpty();
    }

    private static void check(SimpleDocumentValidator checker, Path page) throws IOException, SAXException {
        checker.checkHtmlFile(page.toFile(), true);
    }
}
