package org.acta.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acta.model.OutputFile;
import org.acta.pages.OutputKind;
import org.acta.pages.PageKind;

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
    private static final List<String> KINDS = PageKind.searchKinds();
    /** Where the index's scripts go: a folder with no blanks in its pattern, the same for every site. */
    private static final String FOLDER = OutputKind.SEARCH_INDEX.pattern();
    static final int SHARD_CHARS = 10_000;
    static final int CHUNK_CHARS = 10_000;
    static final int CHUNK_PAGES = 40;
    /** Text kept per page for snippets; words further on are still found. */
    static final int STORED_CHARS = 20_000;

    private SearchIndex() {
    }

    /** The index files for the pages among {@code files} that the theme marks as searchable. */
    public static List<OutputFile> build(List<OutputFile> files) {
        // reading pages and cutting them into words is most of the work, and each page is done alone,
        // on all cores; the pages are then numbered in their order and the postings filled in that order
        Terms terms = new Terms();
        List<Read> pages = files.parallelStream().map(PageReader::read).flatMap(Optional::stream)
                .map(page -> new Read(page, terms.of(page))).toList();
        return index(pages, terms);
    }

    /** A page read, with its terms. */
    private record Read(SearchPage page, Terms.PageTerms terms) {
    }

    private static List<OutputFile> index(List<Read> unordered, Terms terms) {
        List<String> kinds = new ArrayList<>(KINDS);
        unordered.stream().map(r -> r.page().kind()).filter(k -> !KINDS.contains(k)).distinct().sorted()
                .forEach(kinds::add);
        List<Read> reads = new ArrayList<>(unordered);
        reads.sort(Comparator.comparingInt((Read r) -> kinds.indexOf(r.page().kind()))
                .thenComparing(Comparator.comparingInt((Read r) -> r.page().year()).reversed())
                .thenComparing(r -> r.page().url()));
        java.util.stream.IntStream.range(0, Terms.GROUPS).parallel().forEach(group -> {
            for (int n = 0; n < reads.size(); n++) {
                reads.get(n).terms().post(n, group);
            }
        });
        List<SearchPage> pages = reads.stream().map(Read::page).toList();
        List<Terms.Term> sorted = terms.sorted();
        List<OutputFile> out = new ArrayList<>();
        int shards = shards(sorted);
        out.addAll(shardFiles(sorted, shards));
        List<Integer> chunkStarts = new ArrayList<>();
        out.addAll(chunkFiles(pages, chunkStarts));
        out.add(manifest(pages, kinds, shards, chunkStarts));
        return out;
    }

    private static int shards(List<Terms.Term> sorted) {
        long chars = 0;
        String key = null;
        for (Terms.Term term : sorted) {
            if (!term.key.equals(key)) {
                key = term.key;
                chars += key.length() + 6;
            }
            chars += term.exact.length() + term.postings.length() + 6;
        }
        return (int) Math.max(1, (chars + SHARD_CHARS - 1) / SHARD_CHARS);
    }

    /** Each shard: {@code "key":{"exact":"postings",…}} for its keys, in key order. */
    private static List<OutputFile> shardFiles(List<Terms.Term> sorted, int shards) {
        List<StringBuilder> texts = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            texts.add(new StringBuilder());
        }
        StringBuilder s = null;
        String key = null;
        for (Terms.Term term : sorted) {
            boolean first = !term.key.equals(key);
            if (first) {
                if (s != null) {
                    s.append('}');
                }
                key = term.key;
                s = texts.get(Words.shardOf(key, shards));
                s.append(s.length() == 0 ? "" : ",\n");
                Json.string(s, key).append(":{");
            }
            Json.string(s.append(first ? "" : ","), term.exact).append(':');
            Json.string(s, term.postings.toString());
        }
        if (s != null) {
            s.append('}');
        }
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            files.add(script(FOLDER + "t/" + i + ".js", "ActaSearch.shard(" + i + ",{\n" + texts.get(i) + "\n});\n"));
        }
        return files;
    }

    private static List<OutputFile> chunkFiles(List<SearchPage> pages, List<Integer> starts) {
        // each page's entry is written alone, on all cores; then they are put in files in order
        List<String> entries = pages.parallelStream().map(page -> page(new StringBuilder(), page).toString()).toList();
        List<OutputFile> files = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int count = 0;
        for (int n = 0; n < entries.size(); n++) {
            if (count > 0 && (chunk.length() > CHUNK_CHARS || count == CHUNK_PAGES)) {
                files.add(chunk(files.size(), chunk));
                chunk.setLength(0);
                count = 0;
            }
            if (count == 0) {
                starts.add(n);
            }
            chunk.append(count == 0 ? "" : ",\n").append(entries.get(n));
            count++;
        }
        if (count > 0) {
            files.add(chunk(files.size(), chunk));
        }
        return files;
    }

    private static OutputFile chunk(int number, StringBuilder pages) {
        return script(FOLDER + "d/" + number + ".js", "ActaSearch.pages(" + number + ",[\n" + pages + "\n]);\n");
    }

    /** {@code [url, title, date, [[id, heading, text], …]]}, the text cut at {@link #STORED_CHARS}. */
    private static StringBuilder page(StringBuilder out, SearchPage page) {
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
        return out.append("]]");
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
        return script(FOLDER + "index.js", m.toString());
    }

    private static OutputFile script(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
