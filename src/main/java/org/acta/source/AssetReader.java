package org.acta.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diag.Report;
import org.acta.model.Asset;
import org.acta.model.Ids;

/**
 * A file under assets/ as it will be published, unable to carry script: an HTML page or a script
 * is an error that says to write a page instead; an SVG image or XML file is cleaned of what could
 * run script or fetch from elsewhere ({@link XmlCleaner}), each removal a warning at its line; a
 * compressed SVG, which cannot be checked, is an error. A name that Windows or some web hosts
 * refuse is a warning.
 */
final class AssetReader {
    /** What Windows does not allow in a file name (the slash aside, which separates folders). */
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"\\\\|?*\\x00-\\x1f]");
    private static final String NOT_ON_WINDOWS = ", so this file cannot be copied to a Windows computer or served "
            + "by some hosts; rename it";

    private final Report report;

    AssetReader(Report report) {
        this.report = report;
    }

    /**
     * @param path    its path below assets/, with forward slashes
     * @param display the file as messages name it
     * @return the asset to publish; empty when it may not be published (its error is reported)
     */
    Optional<Asset> read(Path file, String path, String display) {
        checkName(path, display);
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String page = "pages/" + Optional.of(Ids.slug(dot < 0 ? name : name.substring(0, dot)))
                .filter(id -> !id.isEmpty()).orElse("<id>") + ".md";
        Optional<String> refused = switch (extension) {
            case "html", "htm", "xhtml", "xht", "shtml" -> Optional.of("an HTML page under assets/ would be published "
                    + "as it is, and its scripts would run on the site's address; publish it as a page instead: "
                    + page);
            case "js", "mjs" -> Optional.of("a script under assets/ would run on the site's address on any page that "
                    + "loads it; publish what it shows as a page instead: " + page + " (the theme's own scripts "
                    + "belong in templates/static/)");
            case "xsl", "xslt" -> Optional.of("an XSLT style sheet can turn a file into a page with scripts; publish "
                    + "the page it makes as a page instead: " + page);
            case "svgz" -> Optional.of("a compressed SVG image cannot be checked for scripts; publish it "
                    + "uncompressed, as " + name.substring(0, dot) + ".svg (web servers compress it on the way)");
            default -> Optional.empty();
        };
        if (refused.isPresent()) {
            report.error(display, 1, refused.get());
            return Optional.empty();
        }
        return switch (extension) {
            case "svg" -> cleaned(file, path, display, XmlCleaner.Kind.SVG_IMAGE);
            case "xml" -> cleaned(file, path, display, XmlCleaner.Kind.XML);
            default -> Optional.of(new Asset(path, file, ImageSizes.of(file, display, report)));
        };
    }

    private Optional<Asset> cleaned(Path file, String path, String display, XmlCleaner.Kind kind) {
        XmlCleaner.Result result;
        try {
            result = XmlCleaner.clean(() -> open(file), kind);
        } catch (IOException e) {
            report.error(display, 0, "cannot be read: " + (e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : e.getMessage()));
            return Optional.empty();
        }
        if (result instanceof XmlCleaner.Result.Refused refused) {
            report.error(display, refused.line(), refused.message());
            return Optional.empty();
        }
        XmlCleaner.Result.Clean clean = (XmlCleaner.Result.Clean) result;
        clean.removals().forEach(r -> report.warning(display, r.line(), r.message()));
        return Optional.of(new Asset(path, file, Optional.empty(), clean.rewritten()));
    }

    /** The file, opened without following a link (one swapped in after the walk is refused). */
    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkName(String path, String display) {
        for (String part : path.split("/")) {
            Matcher forbidden = WINDOWS_FORBIDDEN.matcher(part);
            if (Ids.reservedOnWindows(part)) {
                String device = part.contains(".") ? part.substring(0, part.indexOf('.')) : part;
                report.warning(display, 0, "'" + device + "' is a name Windows reserves for a device ("
                        + Ids.WINDOWS_DEVICES + ")" + NOT_ON_WINDOWS);
                return;
            }
            if (forbidden.find()) {
                report.warning(display, 0, "the name has a character Windows does not allow in file names ('"
                        + forbidden.group() + "'; none of < > : \" \\ | ? * may be used)" + NOT_ON_WINDOWS);
                return;
            }
        }
    }
}
