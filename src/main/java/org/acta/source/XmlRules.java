package org.acta.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;

/**
 * What an image may not hold, element by element, attribute by attribute: the rules
 * {@link XmlCleaner} applies. Each answer is the reason given to the editor for a removal.
 * Elements of the SVG and MathML namespaces are the active ones (browsers run their handlers and
 * follow their links); HTML elements are removed whole; elements of other namespaces (Inkscape's,
 * RDF metadata, data) are kept, only their XLink references checked.
 */
final class XmlRules {
    private static final Set<String> SCRIPTS = Set.of("script", "handler", "listener");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animateColor", "animateMotion",
            "animateTransform");
    private static final Set<String> PICTURES = Set.of("image", "feImage");
    private static final Pattern SPACES = Pattern.compile("[\\x00-\\x20]");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:");
    private static final Pattern PICTURE_DATA = Pattern.compile("data:image/(png|jpeg|jpg|gif|webp|avif)[;,].*",
            Pattern.DOTALL);
    private static final Pattern FONT_DATA = Pattern.compile("data:(font/|application/(x-)?font-).*", Pattern.DOTALL);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.DOTALL);
    private static final String SCRIPT = "an image may not carry a script (it would run on the site's address when "
            + "the file is opened)";
    private static final String ELSEWHERE = "an image may refer only to its own parts (#id) and to files of the "
            + "site: what it loads from elsewhere is fetched each time it is shown";

    private XmlRules() {
    }

    private static boolean active(String uri) {
        return uri.equals(XmlCleaner.SVG) || uri.equals(XmlCleaner.MATHML);
    }

    /** Why this element is removed, with everything in it; empty when it is kept. */
    static Optional<String> elementProblem(String uri, String local, Attributes attributes) {
        if (uri.equals(XmlCleaner.XHTML)) {
            return Optional.of("HTML inside an image can run scripts");
        }
        if (local.equals("script") || (active(uri) && SCRIPTS.contains(local))) {
            return Optional.of(SCRIPT);
        }
        if (uri.equals(XmlCleaner.SVG) && local.equals("foreignObject")) {
            return Optional.of("it can hold a web page, with its scripts, inside the image");
        }
        if (uri.equals(XmlCleaner.SVG) && ANIMATIONS.contains(local)) {
            String target = Optional.ofNullable(attributes.getValue("attributeName")).orElse("");
            String name = lower(target.substring(target.indexOf(':') + 1));
            if (name.equals("href") || name.startsWith("on") || name.equals("style")) {
                return Optional.of("it would change '" + target + "' while the image is shown, which can make a "
                        + "link run a script");
            }
        }
        return Optional.empty();
    }

    /** Why this attribute is removed; empty when it is kept. */
    static Optional<String> attributeProblem(String elementUri, String element, String uri, String local,
                                             String value) {
        boolean active = active(elementUri) && uri.isEmpty();
        if (active && lower(local).startsWith("on")) {
            return Optional.of("event handlers run scripts");
        }
        if (uri.equals(XMLConstants.XML_NS_URI) && local.equals("base")) {
            return Optional.of("it would change where the image's references point");
        }
        if (local.equals("href") && (active || uri.equals(XmlCleaner.XLINK))) {
            return referenceProblem(element, value);
        }
        if (active && local.equals("style")) {
            return styleProblem(value);
        }
        if (active && lower(value).contains("url(")) {
            return urlsProblem(value, false);
        }
        return Optional.empty();
    }

    /** Why a style (a {@code <style>} element's text or a {@code style} attribute) is removed. */
    static Optional<String> styleProblem(String css) {
        String lower = lower(css);
        if (lower.contains("@import")) {
            return Optional.of("it imports another style sheet");
        }
        if (css.indexOf('\\') >= 0) {
            return Optional.of("it is written with escapes, which hide what it loads");
        }
        for (String active : new String[] {"expression(", "javascript:", "-moz-binding", "behavior:", "image-set",
                "cross-fade"}) {
            if (lower.contains(active)) {
                return Optional.of("'" + active + "' in a style can load or run what cannot be checked");
            }
        }
        return urlsProblem(css, true);
    }

    private static Optional<String> urlsProblem(String text, boolean fonts) {
        Matcher url = CSS_URL.matcher(text);
        while (url.find()) {
            String target = url.group(2).strip();
            boolean embedded = PICTURE_DATA.matcher(target).matches() || (fonts && FONT_DATA.matcher(target).matches());
            if (!embedded) {
                Optional<String> problem = referenceProblem("", target);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why a reference is removed: anything but a part of the image, a file of the site, a picture
     * embedded in an {@code <image>}, or a web page or mail address a link ({@code <a>}) opens.
     */
    static Optional<String> referenceProblem(String element, String value) {
        // browsers drop spaces and control characters around an address, and tabs and line ends inside it
        String address = lower(SPACES.matcher(value).replaceAll(""));
        if (address.startsWith("#") || address.isEmpty()) {
            return Optional.empty();
        }
        if (address.startsWith("javascript:") || address.startsWith("vbscript:") || address.startsWith("data:text")
                || address.startsWith("data:application") || address.startsWith("data:image/svg")) {
            return Optional.of("a script address");
        }
        if (element.equals("a") && (address.startsWith("https://") || address.startsWith("http://")
                || address.startsWith("mailto:"))) {
            return Optional.empty();
        }
        if (PICTURES.contains(element) && PICTURE_DATA.matcher(address).matches()) {
            return Optional.empty();
        }
        boolean withinTheSite = !SCHEME.matcher(address).find() && !address.startsWith("//")
                && address.indexOf('\\') < 0;
        return withinTheSite ? Optional.empty() : Optional.of(ELSEWHERE);
    }

    /** A value as a message shows it: at most 60 characters. */
    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
