package org.acta.cli;

import java.nio.file.Path;

/** Paths as an editor reads them in messages: relative to the current folder where possible. */
final class Paths {
    private Paths() {
    }

    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        String shown = absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : path.normalize().toString();
        shown = shown.replace('\\', '/');
        return shown.isEmpty() ? "." : shown;
    }
}
