package org.acta.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;

/**
 * The language a site.yaml names, read from its lines before any YAML is parsed: the messages
 * about every file, site.yaml's own included, are written in it, so it must be known even when
 * site.yaml cannot be read as YAML. The binder reads the same field as YAML and refuses a value
 * that is not a language; until then, and for any other value, the site is Vietnamese.
 */
final class SiteLanguage {
    private static final Pattern LINE = Pattern.compile("(?m)^language[ \\t]*:[ \\t]*([\"']?)(vi|en)\\1[ \\t]*(#.*)?$");

    private SiteLanguage() {
    }

    static Language of(String siteYaml) {
        Matcher m = LINE.matcher(siteYaml);
        return m.find() && m.group(2).equals("en") ? Language.EN : Language.VI;
    }
}
