package org.acta.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits that keep hostile or broken content cheap to reject: no real proceedings come near
 * them, and each message that reports one names the limit and how to raise it
 * ({@code --limit NAME=VALUE} on the command line).
 *
 * @param fileSize   bytes in one content file (site.yaml, .md, .yaml; assets are not limited)
 * @param lineLength characters on one line of a content file
 * @param yamlDepth  how deeply YAML lists and mappings may nest
 * @param files      files in the content folder, assets included
 */
public record Limits(long fileSize, int lineLength, int yamlDepth, int files) {
    public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 100_000, 20, 500_000);

    /** The names used on the command line, in the order the help lists them. */
    public static final List<String> NAMES = List.of("file-size", "line-length", "yaml-depth", "files");

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(|k|kb|kib|m|mb|mib|g|gb|gib)");

    /** How a message says to raise a limit: "raise it with --limit file-size=4MiB". */
    static String raise(String name, String example) {
        return "raise it with --limit " + name + "=" + example;
    }

    /** These limits with the given ones changed, or the problem with a name or value. */
    public Result with(Map<String, String> changes) {
        Limits limits = this;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> change : new TreeMap<>(changes).entrySet()) {
            String name = change.getKey().strip().toLowerCase(Locale.ROOT);
            Optional<Long> value = number(change.getValue(), name.equals("file-size"));
            if (!NAMES.contains(name)) {
                problems.add("unknown limit '" + change.getKey() + "' (one of: " + String.join(", ", NAMES) + ")");
            } else if (value.isEmpty() || value.get() < 1 || (!name.equals("file-size") && value.get() > Integer.MAX_VALUE)) {
                problems.add("--limit " + name + " takes a positive whole number" + (name.equals("file-size")
                        ? " of bytes, optionally with KiB, MiB or GiB" : "") + ", not '" + change.getValue() + "'");
            } else {
                long v = value.get();
                limits = switch (name) {
                    case "file-size" -> new Limits(v, limits.lineLength, limits.yamlDepth, limits.files);
                    case "line-length" -> new Limits(limits.fileSize, (int) v, limits.yamlDepth, limits.files);
                    case "yaml-depth" -> new Limits(limits.fileSize, limits.lineLength, (int) v, limits.files);
                    default -> new Limits(limits.fileSize, limits.lineLength, limits.yamlDepth, (int) v);
                };
            }
        }
        return new Result(limits, problems);
    }

    /** The limits, and what was wrong with the changes asked for (nothing when they all applied). */
    public record Result(Limits limits, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private static Optional<Long> number(String text, boolean size) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || (!size && !m.group(2).isEmpty())) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "k", "kb", "kib" -> n * 1024;
            case "m", "mb", "mib" -> n * 1024 * 1024;
            case "g", "gb", "gib" -> n * 1024 * 1024 * 1024;
            default -> n;
        });
    }

    /** 2097152 → "2 MiB"; sizes that are not whole KiB or MiB in bytes. */
    static String bytes(long n) {
        if (n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MiB";
        }
        if (n % 1024 == 0) {
            return n / 1024 + " KiB";
        }
        return n + " bytes";
    }
}
