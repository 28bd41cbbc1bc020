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
import org.acta.diag.Messages;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses one YAML mapping into {@link YamlNode}s whose lines are the editor's: a value on YAML
 * line {@code n} of front matter that starts on file line {@code first} is reported at
 * {@code first + n - 1}. Limits keep hostile input (alias bombs, deep nesting) cheap to reject:
 * aliases ({@code *name}) are refused at the first one, so an alias bomb is never expanded, and
 * nesting deeper than {@link Limits#yamlDepth()} stops the parse at the line that goes too deep.
 *
 * <p>What an editor reads is in the site's language and in the editor's terms: when the parser
 * stops, {@link YamlSlips} says which slip on which line made it stop; the parser's own words are
 * never shown. A file that parses but reads a text short of what was written (a {@code #} taken
 * for a comment) is not readable either, so that the one slip is the one error.
 */
final class YamlReader {
    static final int MAX_ALIASES = 50;
    static final String ALIAS = "YAML aliases ('*%s') are not part of the content format: write the value out "
            + "in full";

    private final YAMLFactory factory;
    private final int maxDepth;
    private final Messages messages;
    private final YamlSlips slips;

    YamlReader(Messages messages) {
        this(Limits.DEFAULT, messages);
    }

    YamlReader(Limits limits, Messages messages) {
        this.messages = messages;
        this.slips = new YamlSlips(messages);
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

    /** The messages problems are told in: the site's language. */
    Messages messages() {
        return messages;
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
                problems.add(new Problem(lineOf(parser, firstLine), messages.text("yaml.documents")));
            }
            List<Problem> cutShort = slips.silent(yaml, firstLine);
            if (!cutShort.isEmpty()) {
                problems.addAll(cutShort);
            } else if (root instanceof YamlNode.Mapping mapping) {
                return new Result(mapping, problems);
            } else if (root instanceof YamlNode.Scalar scalar && scalar.isNull()) {
                return new Result(new YamlNode.Mapping(List.of(), firstLine), problems);
            } else {
                problems.add(new Problem(root.line(), messages.text("yaml.fields", "found",
                        root.describeIn(messages))));
            }
        } catch (Refused e) {
            problems.add(e.problem);
        } catch (JacksonException e) {
            problems.add(slips.explain(yaml, firstLine, problemLine(e, firstLine)));
        } catch (IOException e) {
            // a String is read from memory: only the parser itself can fail here, and it says why as above
            problems.add(slips.explain(yaml, firstLine, firstLine));
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
                        problems.add(new Problem(keyLine, messages.text("yaml.twice", "key", key,
                                "first", Integer.toString(earlier))));
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
}
