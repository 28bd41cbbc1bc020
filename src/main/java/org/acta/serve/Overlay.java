package org.acta.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acta.diag.Diagnostic;

/**
 * What the preview adds to the HTML pages it serves, and only to those (a built site never has
 * it): a small script that reloads the page when a new build is announced and, while the latest
 * edit does not build, a box over the page listing its problems as the terminal does.
 */
final class Overlay {
    static final String OVERLAY_ID = "acta-build-errors";

    private Overlay() {
    }

    /** The page with the reload script, and the problems of a failed build, before its {@code </body>}. */
    static byte[] inject(byte[] html, Snapshot snapshot) {
        String page = new String(html, StandardCharsets.UTF_8);
        String added = (snapshot.failed() ? box(snapshot.errors(), true) : "") + script(snapshot.build());
        int end = page.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        String result = end < 0 ? page + added : page.substring(0, end) + added + page.substring(end);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** A page of its own for when no build has succeeded yet: the problems, and the reload script. */
    static byte[] errorPage(Snapshot snapshot) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>The site does not build"
                + "</title><link rel=\"stylesheet\" href=\"" + STYLE_PATH + "\"></head>\n<body>\n" + box(snapshot.errors(), false) + script(snapshot.build())
                + "</body>\n</html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** Where the preview serves its own script and style: files, since pages forbid inline ones. */
    static final String SCRIPT_PATH = "/_acta/reload.js";
    static final String STYLE_PATH = "/_acta/overlay.css";

    /** Reloads the page when a build other than the one it shows is announced. */
    static final String SCRIPT = "(function(){var b=document.currentScript.dataset.build,"
            + "s=new EventSource(\"" + EventStream.PATH + "\");"
            + "s.addEventListener(\"build\",function(e){if(e.data!==b){s.close();location.reload();}});})();\n";

    static final String STYLE = "#" + OVERLAY_ID + "{box-sizing:border-box;margin:0;padding:1em 1.5em;"
            + "background:#fff4f2;color:#5c0a00;border-bottom:4px solid #c62800;font:15px/1.45 system-ui,sans-serif;"
            + "box-shadow:0 4px 18px rgba(0,0,0,.25)}\n"
            + "#" + OVERLAY_ID + ".over-page{position:fixed;top:0;left:0;right:0;max-height:70vh;overflow:auto;"
            + "z-index:2147483647}\n"
            + "#" + OVERLAY_ID + " p{margin:0 0 .5em;font-weight:bold}\n"
            + "#" + OVERLAY_ID + " pre{margin:0;white-space:pre-wrap;font:14px/1.45 ui-monospace,monospace}\n";

    static String script(int build) {
        return "<link rel=\"stylesheet\" href=\"" + STYLE_PATH + "\">\n<script src=\"" + SCRIPT_PATH
                + "\" data-build=\"" + build + "\"></script>\n";
    }

    private static String box(List<Diagnostic> problems, boolean overPage) {
        long errors = problems.stream().filter(Diagnostic::isError).count();
        StringBuilder out = new StringBuilder();
        out.append("<div id=\"").append(OVERLAY_ID).append("\" role=\"alert\"")
                .append(overPage ? " class=\"over-page\">" : ">")
                .append("<p>")
                .append(errors == 1 ? "1 error" : errors + " errors")
                .append(overPage ? ": the last edit does not build. The page below is the last good build; "
                        + "it reloads when the error is fixed." : ": the site does not build. This page reloads "
                        + "when the errors are fixed.")
                .append("</p>\n<pre>");
        for (Diagnostic d : problems) {
            out.append(escape(d.format())).append('\n');
        }
        return out.append("</pre></div>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
