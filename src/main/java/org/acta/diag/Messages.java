package org.acta.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages to editors that are written in each language a site can have, so that an editor
 * reads them in the site's own language. They are Acta's, not the theme's: the theme's interface
 * strings ({@code templates/i18n/}) are for readers and may be replaced by a site; these are
 * packed in Acta, one file a language ({@code org/acta/diag/messages_<code>.properties}, UTF-8),
 * every file with the same keys. A message names its values: {@code {key}}, {@code {above}}.
 */
public final class Messages {
    /** The languages messages are written in, by code, the first the default. */
    public static final List<String> LANGUAGES = List.of("vi", "en");
    private static final Pattern VALUE = Pattern.compile("\\{([a-z]+)}");
    private static final Map<String, Map<String, String>> CATALOG = load();

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language) {
        this.language = language;
        this.texts = CATALOG.get(language);
    }

    /** The messages of a language, by its code ({@code vi}, {@code en}). */
    public static Messages of(String language) {
        if (!CATALOG.containsKey(language)) {
            throw new IllegalArgumentException("no messages in '" + language + "' (there are: " + LANGUAGES + ")");
        }
        return new Messages(language);
    }

    public String language() {
        return language;
    }

    /**
     * The message {@code key} with its values put in: {@code text("yaml.indent.deeper", "line", "value:",
     * "above", "label:")}. Every value the message names must be given, and only those.
     */
    public String text(String key, String... namesAndValues) {
        String template = texts.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no message '" + key + "' in messages_" + language + ".properties");
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + List.of(namesAndValues));
        }
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        if (!values.keySet().equals(Messages.names(template))) {
            throw new IllegalArgumentException("message '" + key + "' names " + Messages.names(template) + ", given "
                    + values.keySet());
        }
        Matcher m = VALUE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** The values a message names, for the test that every language names the same ones. */
    static java.util.Set<String> names(String template) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Matcher m = VALUE.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Every message of every language, read once: the catalog never changes while Acta runs. */
    static Map<String, Map<String, String>> catalog() {
        return CATALOG;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> catalog = new TreeMap<>();
        for (String language : LANGUAGES) {
            String name = "messages_" + language + ".properties";
            Properties properties = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("org/acta/diag/" + name + " is missing from Acta");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            catalog.put(language, Map.copyOf(texts));
        }
        return Map.copyOf(catalog);
    }
}
