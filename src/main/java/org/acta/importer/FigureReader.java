package org.acta.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;

/**
 * The figures a report cites, in the report's own number format (Vietnamese {@code 2.835} and
 * {@code 8,03%}, English {@code 2,200} and {@code 8.03%}), each with the words that say what it
 * counts: the noun after a count ("138.090 giáo viên"), the subject before a share or an amount
 * ("doanh thu đạt hơn 10.700 tỷ đồng"), and ranks ("đứng thứ 9 cả nước", "the third largest").
 * Dates, years, terms of office, ordinal congress numbers, addresses, floors and document numbers
 * are not figures; nor is a task's recurring target.
 */
final class FigureReader {
    private final FigureWords words;

    private FigureReader(Language language) {
        this.words = FigureWords.of(language);
    }

    static List<Draft.Figure> read(List<String> paragraphs, Language language) {
        FigureReader reader = new FigureReader(language);
        List<Draft.Figure> figures = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.split(Sentences.prepare(paragraph))) {
                for (String clause : sentence.split(";\\s+")) {
                    if (!reader.words.target().matcher(clause).find()) {
                        reader.read(clause, figures);
                    }
                }
            }
        }
        return figures;
    }

    /** The clause's ranks, numbers and spelled-out counts, in the order the clause gives them. */
    private void read(String clause, List<Draft.Figure> figures) {
        java.util.TreeMap<Integer, Draft.Figure> found = new java.util.TreeMap<>();
        List<int[]> ranks = new ArrayList<>();
        Matcher rank = words.rank().matcher(clause);
        while (rank.find()) {
            ranks.add(new int[] {rank.start(), rank.end()});
            int at = rank.start();
            rankFigure(clause, rank).ifPresent(f -> found.put(at, f));
        }
        Matcher m = words.number().matcher(clause);
        while (m.find()) {
            int at = m.start();
            if (ranks.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
                figure(clause, m).ifPresent(f -> found.put(at, f));
            }
        }
        Matcher spelled = words.spelled().matcher(clause);
        while (spelled.find()) {
            int value = FigureWords.spelledValue(spelled.group(1));
            String label = labelAfter(clause.substring(spelled.end()));
            if (readsAsWords(label)) {
                found.put(spelled.start(), new Draft.Figure(Sentences.capitalise(Sentences.restore(label)),
                        BigDecimal.valueOf(value), Optional.empty(), Optional.empty(),
                        Sentences.restore(spelled.group(1) + " " + label)));
            }
        }
        found.values().forEach(f -> addOnce(figures, f));
    }

    private Optional<Draft.Figure> figure(String clause, Matcher m) {
        String before = clause.substring(0, m.start());
        String after = clause.substring(m.end());
        String digits = m.group("n");
        Optional<String> scale = Optional.ofNullable(m.group("scale")).map(s -> s.toLowerCase(Locale.ROOT));
        Optional<String> currency = Optional.ofNullable(m.group("cur")).or(() -> Optional.ofNullable(m.group("pre")))
                .map(FigureWords::currency);
        boolean percent = m.group("pct") != null;
        boolean year = digits.matches("(19|20)\\d\\d") && scale.isEmpty() && currency.isEmpty() && !percent;
        boolean qualified = m.group("q") != null;
        if (year || words.timeAfter().matcher(after).lookingAt() || !qualified && words.notBefore().matcher(before).find()
                || words.date().matcher(clause.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            return Optional.empty();
        }
        BigDecimal value = words.value(digits);
        Optional<String> unit = percent ? Optional.of("%") : scale.map(s -> s + currency.map(c -> " " + c).orElse(""))
                .or(() -> currency);
        boolean amount = percent || currency.isPresent();
        String label = amount ? labelBefore(before) : labelAfter(after);
        if (amount && label.isEmpty()) {
            amount = false;
            label = labelAfter(after);
        }
        if (!readsAsWords(label)) {
            return Optional.empty();
        }
        String number = Sentences.restore(m.group()).strip();
        String written = amount ? Sentences.restore(label) + " " + number : number + " " + Sentences.restore(label);
        return Optional.of(new Draft.Figure(Sentences.capitalise(Sentences.restore(label)), value, unit,
                Optional.ofNullable(m.group("q")).map(q -> number), written));
    }

    /** "GRDP tăng 9,06%, đứng thứ 9 cả nước": the rank, labelled by what it ranks and where. */
    private Optional<Draft.Figure> rankFigure(String clause, Matcher rank) {
        String number = rank.group("rank") != null ? rank.group("rank") : rank.group("rank2");
        int value = FigureWords.spelledValue(number);
        if (value <= 0) {
            return Optional.empty();
        }
        String subject = labelBefore(clause.substring(0, rank.start()));
        String after = clause.substring(rank.end()).replaceFirst("^\\s*(?:in terms of|by|among)\\s+", " ");
        String superlative = rank.group().replaceFirst("^.*?(?:\\d+(?:st|nd|rd|th)|[a-z]+)[- ]", "");
        String scope = (rank.group("rank2") != null && words.rankWord().equals("rank") ? superlative + " " : "")
                + labelAfter(after);
        String label = (subject.isEmpty() ? "" : subject + ": ") + words.rankWord()
                + (scope.isBlank() ? "" : (words.rankWord().equals("rank") ? " — " : " ") + scope.strip());
        return Optional.of(new Draft.Figure(Sentences.capitalise(Sentences.restore(label)), BigDecimal.valueOf(value),
                Optional.empty(), Optional.empty(), Sentences.restore(rank.group()).strip()));
    }

    /** For a count: the noun phrase after it, "138.090 giáo viên …" → "giáo viên". */
    private String labelAfter(String after) {
        String text = after.strip();
        Matcher end = words.labelEnd().matcher(text);
        String label = end.find() ? text.substring(0, end.start()) : text;
        String[] w = label.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(w, Math.min(w.length, 6))).strip();
    }

    /** For a share or an amount: the subject before it, "doanh thu đạt hơn 10.700 tỷ đồng" → "doanh thu". */
    private String labelBefore(String before) {
        String clause = words.clauseStart().matcher(before).replaceAll("").strip();
        List<String> w = new ArrayList<>(List.of(clause.split("\\s+")));
        while (!w.isEmpty() && words.filler().contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
            w.remove(w.size() - 1);
        }
        while (!w.isEmpty() && words.leading().contains(w.get(0).toLowerCase(Locale.ROOT))) {
            w.remove(0);
        }
        List<String> last = w.subList(Math.max(0, w.size() - 10), w.size());
        return String.join(" ", last).strip();
    }

    /** A label of words: letters and spaces, not a run of symbols from a page that is not prose. */
    private static boolean readsAsWords(String label) {
        long letters = label.codePoints().filter(c -> Character.isLetter(c) || c == ' ' || c == '-').count();
        return label.matches(".*\\p{L}{2,}.*") && letters * 10 >= label.codePointCount(0, label.length()) * 9;
    }

    /** A number cited twice ("12 projects … the 12 projects") is one figure. */
    private static void addOnce(List<Draft.Figure> figures, Draft.Figure f) {
        String firstWord = Sentences.key(f.label()).split(" ")[0];
        boolean seen = figures.stream().anyMatch(g -> g.value().compareTo(f.value()) == 0 && g.unit().equals(f.unit())
                && Sentences.key(g.label()).split(" ")[0].equals(firstWord));
        if (!seen) {
            figures.add(f);
        }
    }
}
