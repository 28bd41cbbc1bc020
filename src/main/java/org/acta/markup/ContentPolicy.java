package org.acta.markup;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What HTML may stay in content: the elements removed with everything in them (and why), the
 * ordinary content elements with the attributes each may carry, and the schemes a link may use.
 * Any other element is unwrapped: its tag goes, its content stays.
 */
final class ContentPolicy {

    /** Attributes any kept element may carry. */
    private static final Set<String> EVERYWHERE = Set.of("lang", "dir");

    private static final Map<String, Set<String>> CONTENT = elements(
            "p br hr blockquote pre em strong b i u del s ins sub mark small kbd samp var q cite dfn"
                    + " ul dl dt dd table caption thead tbody tfoot tr figure figcaption wbr"
                    + " details summary bdi bdo ruby rt rp", "",
            "h1 h2 h3 h4 h5 h6", "id",
            "ol", "start reversed type",
            "li", "id value",
            "th", "scope colspan rowspan align",
            "td", "colspan rowspan align",
            "col colgroup", "span",
            "code", "class",
            "sup", "id class",
            "a", "href title class rel",
            "img", "src alt title width height",
            "abbr", "title",
            "time", "datetime",
            "span div", "class");

    private static final Map<String, String> REMOVED = reasons(
            "script noscript", "scripts are not allowed in content",
            "style", "styles are not allowed in content",
            "iframe frame frameset", "embedded frames are not allowed in content",
            "object embed applet param", "embedded objects are not allowed in content",
            "form input button select option optgroup textarea label fieldset legend datalist output",
            "forms are not allowed in content",
            "audio video source track canvas", "media players are not allowed in content; link to the file instead",
            "svg math", "inline SVG and MathML are not allowed in content; use an image",
            "base link meta title template", "page settings are not allowed in content",
            "xmp plaintext noembed noframes", "raw text blocks are not allowed in content; use a code block");

    /** Where a URL is checked, and the schemes it may use; a URL without a scheme is a site link. */
    private static final Map<String, Set<String>> LINKS = Map.of(
            "a href", Set.of("http", "https", "mailto"),
            "img src", Set.of("http", "https"));

    private static final Map<String, String> LINK_RULES = Map.of(
            "a href", "only http, https, mailto and site links are allowed",
            "img src", "only http, https and site images are allowed");

    private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):");

    private ContentPolicy() {
    }

    /** Why an element is removed with its content, or empty when it is not. */
    static Optional<String> removal(String tag) {
        return Optional.ofNullable(REMOVED.get(tag));
    }

    /** Whether an element is ordinary content, kept as it is. */
    static boolean isContent(String tag) {
        return CONTENT.containsKey(tag);
    }

    static boolean allows(String tag, String attribute) {
        return EVERYWHERE.contains(attribute) || CONTENT.getOrDefault(tag, Set.of()).contains(attribute);
    }

    /**
     * The refused scheme of a URL, lower case ({@code "javascript"}), or empty when the URL may
     * stay. As browsers do, spaces and control characters are ignored in finding the scheme.
     */
    static Optional<String> refusedScheme(String tag, String attribute, String url) {
        Set<String> allowed = LINKS.get(tag + " " + attribute);
        if (allowed == null) {
            return Optional.empty();
        }
        Matcher scheme = SCHEME.matcher(withoutControls(url));
        if (!scheme.lookingAt()) {
            return Optional.empty();
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return allowed.contains(name) ? Optional.empty() : Optional.of(name);
    }

    /** What an element's URL may be, for the message when one is refused. */
    static String linkRule(String tag, String attribute) {
        return LINK_RULES.getOrDefault(tag + " " + attribute, "");
    }

    /** An absolute http(s) URL, or one that starts {@code //} and so leaves the site. */
    static boolean isExternal(String url) {
        String plain = withoutControls(url).replace('\\', '/').toLowerCase(Locale.ROOT);
        return plain.startsWith("http:") || plain.startsWith("https:") || plain.startsWith("//");
    }

    private static String withoutControls(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, Set<String>> elements(String... tagsThenAttributes) {
        Map<String, Set<String>> elements = new HashMap<>();
        for (int i = 0; i < tagsThenAttributes.length; i += 2) {
            Set<String> attributes = Set.of(words(tagsThenAttributes[i + 1]));
            for (String tag : words(tagsThenAttributes[i])) {
                elements.put(tag, attributes);
            }
        }
        return Map.copyOf(elements);
    }

    private static Map<String, String> reasons(String... tagsThenReason) {
        Map<String, String> reasons = new HashMap<>();
        for (int i = 0; i < tagsThenReason.length; i += 2) {
            for (String tag : words(tagsThenReason[i])) {
                reasons.put(tag, tagsThenReason[i + 1]);
            }
        }
        return Map.copyOf(reasons);
    }

    private static String[] words(String text) {
        return text.isBlank() ? new String[0] : text.trim().split(" +");
    }
}
