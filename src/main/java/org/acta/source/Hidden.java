package org.acta.source;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Files and folders whose name starts with '.': hidden, so never read nor published. Each is
 * named in a warning, as an editor may not see it, except the clutter that operating systems,
 * version control and editors leave everywhere ({@code .git}, {@code .DS_Store}, swap files).
 */
final class Hidden {
    private static final Set<String> CLUTTER = Set.of(".git", ".svn", ".hg", ".bzr", ".gitkeep", ".keep",
            ".gitignore", ".gitattributes", ".DS_Store", ".directory", ".Spotlight-V100", ".Trashes", ".fseventsd",
            ".TemporaryItems", ".idea", ".vscode");
    /** macOS's ._ files, Emacs's .# locks, LibreOffice's .~lock files, Vim's and Kate's swap files, gedit's saves. */
    private static final Pattern CLUTTER_PATTERN = Pattern.compile(
            "\\._.*|\\.#.*|\\.~lock\\..*|\\..*\\.sw[a-p]|\\..*\\.kate-swp|\\.goutputstream-.*");
    private static final String HIDDEN = "ignored: a name that starts with '.' is hidden, so it is neither read "
            + "nor published";

    private Hidden() {
    }

    static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    /** What to tell the editor about a hidden file or folder; nothing for clutter. */
    static Optional<String> warning(String name, boolean folder) {
        if (CLUTTER.contains(name) || CLUTTER_PATTERN.matcher(name).matches()) {
            return Optional.empty();
        }
        String shown = name.replaceFirst("^\\.+", "");
        if (folder) {
            return Optional.of("ignored: a folder whose name starts with '.' is hidden, so nothing in it is read or "
                    + "published; if it is content, " + renameTo(shown));
        }
        for (String extension : new String[] {".md", ".yaml"}) {
            if (name.endsWith(extension)) {
                boolean named = shown.endsWith(extension) && shown.length() > extension.length();
                return Optional.of(HIDDEN + "; if it is content, " + (named ? renameTo(shown) : renameTo("")));
            }
        }
        return Optional.of(HIDDEN);
    }

    private static String renameTo(String name) {
        return name.isEmpty() ? "give it a name that starts with a letter or a digit" : "rename it to '" + name + "'";
    }
}
