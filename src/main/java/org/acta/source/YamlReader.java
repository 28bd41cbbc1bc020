package org.acta.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses one YAML mapping into {@link YamlNode}s whose lines are the editor's: a value on YAML
 * line {@code n} of front matter that starts on file line {@code first} is reported at
 * {@code first + n - 1}. Limits keep hostile input (alias bombs, deep nesting) cheap to reject:
 * aliases ({@code *name}) are refused at the first one, so an alias bomb is never expanded, and
 * nesting deeper than {@link Limits#yamlDepth()} stops the parse at the line that goes too deep.
 */
final class YamlReader {
    static final int MAX_ALIASES = 50;
    static final String ALIAS = "YAML aliases ('*%s') are not part of the content format: write the value out "
            + "in full";

    private final YAMLFactory factory;
    private final int maxDepth;

    YamlReader() {
        this(Limits.DEFAULT);
    }

    YamlReader(Limits limits) {
        this.maxDepth = limits.yamlDepth();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        // our own, clearer check comes first; these stop the parser itself should it ever be reached
        options.setNestingDepthLimit(maxDepth + 2);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Math.max(limits.fileSize(), 3L * 1024 * 1024)));
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth + 2).build())
                .build();
    }

    /** Thrown out of the recursive reading when the content breaks a limit; becomes one problem. */
    private static final class Refused extends Exception {
        final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** A problem found while parsing, at a file line. */
    record Problem(int line, String message) {
    }

    /** The mapping read, and any problems; on a syntax error the mapping is empty and not readable. */
    record Result(YamlNode.Mapping mapping, List<Problem> problems, boolean readable) {
        Result(YamlNode.Mapping mapping, List<Problem> problems) {
            this(mapping, problems, true);
        }
    }

    Result readMapping(String yaml, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = factory.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result(new YamlNode.Mapping(List.of(), firstLine), problems);
            }
            YamlNode root = readValue(parser, firstLine, problems, 0);
            if (parser.nextToken() != null) {
                problems.add(new Problem(lineOf(parser, firstLine),
                        "only one YAML document is allowed here; remove this second '---' part"));
            }
            if (root instanceof YamlNode.Mapping mapping) {
                return new Result(mapping, problems);
            }
            if (root instanceof YamlNode.Scalar scalar && scalar.isNull()) {
                return new Result(new YamlNode.Mapping(List.of(), firstLine), problems);
            }
            problems.add(new Problem(root.line(), "expected fields ('name: value' lines), found a " + root.describe()));
        } catch (Refused e) {
            problems.add(e.problem);
        } catch (JacksonException e) {
            problems.add(new Problem(problemLine(e, firstLine), "malformed YAML: " + describe(e)));
        } catch (IOException e) {
            problems.add(new Problem(firstLine, "could not read YAML: " + e.getMessage()));
        }
        return new Result(new YamlNode.Mapping(List.of(), firstLine), problems, false);
    }

    private YamlNode readValue(JsonParser parser, int firstLine, List<Problem> problems, int depth)
            throws IOException, Refused {
        int line = lineOf(parser, firstLine);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            throw new Refused(new Problem(line, String.format(java.util.Locale.ROOT, ALIAS, parser.getText())));
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= maxDepth) {
            throw new Refused(new Problem(line, "lists and mappings are nested more than " + maxDepth
                    + " deep here (the yaml-depth limit); flatten them, or " + Limits.raise("yaml-depth",
                    Integer.toString(maxDepth * 2))));
        }
        switch (token) {
            case START_OBJECT -> {
                List<YamlNode.Entry> entries = new ArrayList<>();
                Map<String, Integer> seen = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = lineOf(parser, firstLine);
                    parser.nextToken();
                    YamlNode value = readValue(parser, firstLine, problems, depth + 1);
                    Integer earlier = seen.putIfAbsent(key, keyLine);
                    if (earlier != null) {
                        problems.add(new Problem(keyLine, "field '" + key + "' is given twice (first on line "
                                + earlier + "); keep one"));
                    } else {
                        entries.add(new YamlNode.Entry(key, keyLine, value));
                    }
                }
                return new YamlNode.Mapping(entries, line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, firstLine, problems, depth + 1));
                }
                return new YamlNode.Sequence(items, line);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.INTEGER, line);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.DECIMAL, line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.BOOLEAN, line);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar("", YamlNode.ScalarType.NULL, line);
            }
            default -> {
                String text = parser.getText();
                // an empty value means nothing, whether written 'key:' or 'key: ""'
                return text.isEmpty() ? new YamlNode.Scalar("", YamlNode.ScalarType.NULL, line)
                        : new YamlNode.Scalar(text, YamlNode.ScalarType.STRING, line);
            }
        }
    }

    /** SnakeYAML marks where the problem is, which can be a line after where its context starts. */
    private static int problemLine(JacksonException e, int firstLine) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked
                && marked.getProblemMark() != null) {
            return firstLine + marked.getProblemMark().getLine();
        }
        return lineOf(e.getLocation(), firstLine);
    }

    private static int lineOf(JsonParser parser, int firstLine) {
        return lineOf(parser.currentTokenLocation(), firstLine);
    }

    private static int lineOf(JsonLocation location, int firstLine) {
        int yamlLine = location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
        return firstLine + yamlLine - 1;
    }

    /** The parser's own words, without its echo of the source and its Java class names. */
    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "not readable";
        }
        int cut = message.indexOf('\n');
        String first = (cut >= 0 ? message.substring(0, cut) : message).strip();
        String rest = cut >= 0 ? message.substring(cut + 1) : "";
        // SnakeYAML puts the context first ("while scanning…") and the problem on a later line
        for (String line : rest.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("in '") && !s.startsWith("^") && !s.startsWith("at [")
                    && Character.isLetter(s.charAt(0)) && !s.contains("reader")) {
                return first.isEmpty() ? s : first + ": " + s;
            }
        }
        return first;
    }
}
