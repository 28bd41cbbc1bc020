package org.acta.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.acta.model.Language;
import org.acta.pages.Addresses;
import org.acta.model.SecurityPolicy;

/**
 * The theme: Freemarker templates, interface strings and static files. A site's own templates
 * folder overrides the built-in theme file by file, and string by string.
 */
final class Theme {
    static final String BUILT_IN = "acta-theme";

    private final Optional<Path> folder;
    private final Configuration freemarker;

    Theme(Optional<Path> folder) {
        this.folder = folder.filter(Files::isDirectory);
        this.freemarker = configure(this.folder);
    }

    Configuration freemarker() {
        return freemarker;
    }

    Optional<Path> folder() {
        return folder;
    }

    private static Configuration configure(Optional<Path> folder) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(Theme.class, "/" + BUILT_IN);
        if (folder.isPresent()) {
            try {
                cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                        new FileTemplateLoader(folder.get().toFile()), builtIn}));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            cfg.setTemplateLoader(builtIn);
        }
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping on
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setLocalizedLookup(false);
        try {
            cfg.setSharedVariable("securityPolicy", SecurityPolicy.PAGES);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("Freemarker cannot hold a string", e);
        }
        return cfg;
    }

    private static final java.util.regex.Pattern IMPORT =
            java.util.regex.Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    /**
     * A template and every template it imports or includes, directly or not: the templates a page
     * rendered with it depends on. A template that cannot be read depends on nothing more.
     */
    java.util.Set<String> templatesUsedBy(String name) {
        java.util.Set<String> used = new java.util.TreeSet<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(java.util.List.of(name));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (used.add(next)) {
                java.util.regex.Matcher m = IMPORT.matcher(source(next).orElse(""));
                while (m.find()) {
                    pending.push(m.group(1).startsWith("/") ? m.group(1).substring(1) : m.group(1));
                }
            }
        }
        return used;
    }

    private Optional<String> source(String name) {
        try {
            if (folder.isPresent() && Files.isRegularFile(folder.get().resolve(name))) {
                return Optional.of(Files.readString(folder.get().resolve(name)));
            }
            try (InputStream in = Theme.class.getResourceAsStream("/" + BUILT_IN + "/" + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty(); // rendering with it fails the same way, and reports it at the template's file
        }
    }

    /** The strings of a language: the built-in ones, overridden by the site theme's. */
    Strings strings(Language language) {
        Map<String, String> values = new TreeMap<>();
        String name = "i18n/" + language.code() + ".properties";
        try (InputStream in = Theme.class.getResourceAsStream("/" + BUILT_IN + "/" + name)) {
            if (in != null) {
                load(new String(in.readAllBytes(), StandardCharsets.UTF_8), values);
            }
            if (folder.isPresent() && Files.isRegularFile(folder.get().resolve(name))) {
                load(Files.readString(folder.get().resolve(name)), values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Strings(values);
    }

    private static void load(String text, Map<String, String> into) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        properties.forEach((k, v) -> into.put(k.toString(), v.toString()));
    }

    /** Static files by site path ("static/style.css"): built-in ones, overridden by the site theme's. */
    Map<String, byte[]> staticFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        builtInStatic(files);
        folder.map(f -> f.resolve("static")).filter(Files::isDirectory).ifPresent(dir -> collect(dir, files));
        return files;
    }

    private static void builtInStatic(Map<String, byte[]> files) {
        URL url = Theme.class.getResource("/" + BUILT_IN + "/static");
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of()); // not open yet: open it
                }
                collect(jar.provider().getPath(uri), files);
            } else {
                collect(Path.of(uri), files);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in theme cannot be read: " + e.getMessage(), e);
        }
    }

    private static void collect(Path dir, Map<String, byte[]> files) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                files.put(Addresses.staticFile(relative), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
