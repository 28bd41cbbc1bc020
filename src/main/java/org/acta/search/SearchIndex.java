package org.acta.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.acta.model.OutputFile;

/**
 * Builds the search index of a rendered site: {@code search/index.js} (a small manifest),
 * {@code search/t/N.js} (the words, in shards chosen by a hash of the folded word, so a query
 * loads only the shards of its words and of its adjacent word pairs) and {@code search/d/N.js}
 * (the pages' titles, dates and text for results and snippets, a few pages a file). Every file is
 * a script that hands its data to {@code ActaSearch}, so search works from {@code file://} too.
 * The output depends only on the pages: same site, same bytes.
 */
public final class SearchIndex {
    /** The kinds of page the default theme marks, in the order pages are numbered; a theme may add others. */
    public static final List<String> KINDS = List.of("event", "speech", "task", "person", "organization",
            "document", "page");
    static final int SHARD_CHARS = 10_000;
    static final int CHUNK_CHARS = 10_000;
    static final int CHUNK_PAGES = 40;
    /** Text kept per page for snippets; words further on are still found. */
    static final int STORED_CHARS = 20_000;

    private SearchIndex() {
    }

    /** The index files for the pages among {@code files} that the theme marks as searchable. */
    public static List<OutputFile> build(List<OutputFile> files) {
        // parsing pages is most of the work, and each page is parsed alone; the order is restored below
        List<SearchPage> pages = files.parallelStream().map(PageReader::read).flatMap(Optional::stream).toList();
        return index(pages);
    }

    static List<OutputFile> index(List<SearchPage> unordered) {
        List<String> kinds = new ArrayList<>(KINDS);
        unordered.stream().map(SearchPage::kind).filter(k -> !KINDS.contains(k)).distinct().sorted()
                .forEach(kinds::add);
        List<SearchPage> pages = new ArrayList<>(unordered);
        pages.sort(Comparator.comparingInt((SearchPage p) -> kinds.indexOf(p.kind()))
                .thenComparing(Comparator.comparingInt(SearchPage::year).reversed())
                .thenComparing(SearchPage::url));
        Map<String, Map<String, Postings>> terms = terms(pages);
        List<OutputFile> out = new ArrayList<>();
        int shards = shards(terms);
        out.addAll(shardFiles(terms, shards));
        List<Integer> chunkStarts = new ArrayList<>();
        out.addAll(chunkFiles(pages, chunkStarts));
        out.add(manifest(pages, kinds, shards, chunkStarts));
        return out;
    }

    /** Folded key → exact form → postings, for every word and every pair of adjacent words; sorted. */
    private static Map<String, Map<String, Postings>> terms(List<SearchPage> pages) {
        Map<String, Map<String, Postings>> terms = new HashMap<>();
        Map<String, String> folded = new HashMap<>();
        for (int n = 0; n < pages.size(); n++) {
            SearchPage page = pages.get(n);
            add(terms, folded, n, page.title(), Postings.IN_TITLE);
            for (SearchPage.Section section : page.sections()) {
                add(terms, folded, n, section.heading(), Postings.IN_HEADING);
                add(terms, folded, n, section.text(), 0);
            }
        }
        Map<String, Map<String, Postings>> sorted = new TreeMap<>();
        terms.forEach((key, variants) -> sorted.put(key, new TreeMap<>(variants)));
        return sorted;
    }

    private static void add(Map<String, Map<String, Postings>> terms, Map<String, String> folded, int page,
                            String text, int flags) {
        Words.Word previous = null;
        for (Words.Word word : Words.of(text, folded)) {
            posting(terms, word.key(), word.exact()).add(page, flags);
            if (previous != null && word.joined()) {
                posting(terms, previous.key() + " " + word.key(), previous.exact() + " " + word.exact())
                        .add(page, flags);
            }
            previous = word;
        }
    }

    private static Postings posting(Map<String, Map<String, Postings>> terms, String key, String exact) {
        return terms.computeIfAbsent(key, k -> new HashMap<>(4)).computeIfAbsent(exact, e -> new Postings());
    }

    private static int shards(Map<String, Map<String, Postings>> terms) {
        long chars = 0;
        for (Map.Entry<String, Map<String, Postings>> term : terms.entrySet()) {
            chars += term.getKey().length() + 6;
            for (Map.Entry<String, Postings> variant : term.getValue().entrySet()) {
                chars += variant.getKey().length() + variant.getValue().toString().length() + 6;
            }
        }
        return (int) Math.max(1, (chars + SHARD_CHARS - 1) / SHARD_CHARS);
    }

    private static List<OutputFile> shardFiles(Map<String, Map<String, Postings>> terms, int shards) {
        List<StringBuilder> texts = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            texts.add(new StringBuilder());
        }
        terms.forEach((key, variants) -> {
            StringBuilder s = texts.get(Words.shardOf(key, shards));
            s.append(s.length() == 0 ? "" : ",\n");
            Json.string(s, key).append(":{");
            boolean first = true;
            for (Map.Entry<String, Postings> variant : variants.entrySet()) {
                Json.string(s.append(first ? "" : ","), variant.getKey()).append(':');
                Json.string(s, variant.getValue().toString());
                first = false;
            }
            s.append('}');
        });
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            files.add(script("search/t/" + i + ".js", "ActaSearch.shard(" + i + ",{\n" + texts.get(i) + "\n});\n"));
        }
        return files;
    }

    private static List<OutputFile> chunkFiles(List<SearchPage> pages, List<Integer> starts) {
        List<OutputFile> files = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int count = 0;
        for (int n = 0; n < pages.size(); n++) {
            if (count > 0 && (chunk.length() > CHUNK_CHARS || count == CHUNK_PAGES)) {
                files.add(chunk(files.size(), chunk));
                chunk.setLength(0);
                count = 0;
            }
            if (count == 0) {
                starts.add(n);
            }
            page(chunk.append(count == 0 ? "" : ",\n"), pages.get(n));
            count++;
        }
        if (count > 0) {
            files.add(chunk(files.size(), chunk));
        }
        return files;
    }

    private static OutputFile chunk(int number, StringBuilder pages) {
        return script("search/d/" + number + ".js", "ActaSearch.pages(" + number + ",[\n" + pages + "\n]);\n");
    }

    /** {@code [url, title, date, [[id, heading, text], …]]}, the text cut at {@link #STORED_CHARS}. */
    private static void page(StringBuilder out, SearchPage page) {
        Json.string(out.append('['), page.url()).append(',');
        Json.string(out, page.title()).append(',');
        Json.string(out, page.date()).append(",[");
        int left = STORED_CHARS;
        boolean first = true;
        for (SearchPage.Section section : page.sections()) {
            if (left <= 0) {
                break;
            }
            String text = section.text().length() > left ? cut(section.text(), left) : section.text();
            left -= text.length();
            Json.string(out.append(first ? "[" : ",["), section.id()).append(',');
            Json.string(out, section.heading()).append(',');
            Json.string(out, text).append(']');
            first = false;
        }
        out.append("]]");
    }

    private static String cut(String text, int max) {
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max);
    }

    /** Kinds, and runs of pages of one kind and year (pages are ordered so), for the filters. */
    private static OutputFile manifest(List<SearchPage> pages, List<String> kinds, int shards,
                                       List<Integer> chunkStarts) {
        StringBuilder m = new StringBuilder("ActaSearch.manifest({\"version\":1,\"pages\":");
        m.append(pages.size()).append(",\"shards\":").append(shards).append(",\"kinds\":[");
        for (int i = 0; i < kinds.size(); i++) {
            Json.string(m.append(i == 0 ? "" : ","), kinds.get(i));
        }
        m.append("],\"groups\":[");
        int start = 0;
        for (int n = 1; n <= pages.size(); n++) {
            boolean end = n == pages.size() || !pages.get(n).kind().equals(pages.get(start).kind())
                    || pages.get(n).year() != pages.get(start).year();
            if (end) {
                m.append(start == 0 ? "" : ",").append('[').append(kinds.indexOf(pages.get(start).kind())).append(',')
                        .append(pages.get(start).year()).append(',').append(n - start).append(']');
                start = n;
            }
        }
        m.append("],\"chunks\":[");
        for (int i = 0; i < chunkStarts.size(); i++) {
            m.append(i == 0 ? "" : ",").append(chunkStarts.get(i));
        }
        m.append("]});\n");
        return script("search/index.js", m.toString());
    }

    private static OutputFile script(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
