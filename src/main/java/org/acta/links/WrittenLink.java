package org.acta.links;

/**
 * A link as an editor wrote it, where it was written, and the page it appears on.
 *
 * @param path the content file, as messages name it
 * @param line the line in that file
 * @param url  the link as written: {@code /events/x/}, {@code #thuc-trang}, {@code https://…}
 * @param page the address of the page the text is shown on, below the site root ("events/x/s/")
 */
public record WrittenLink(String path, int line, String url, String page) {
    /** {@code content/x.md:3: https://example.org/}: how a listed link is printed. */
    public String format() {
        return path + ":" + line + ": " + url;
    }
}
