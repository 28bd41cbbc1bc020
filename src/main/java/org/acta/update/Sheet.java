package org.acta.update;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.acta.diag.Diagnostic;

/**
 * A spreadsheet saved as text, read as spreadsheets write it: UTF-8 with or without a byte-order
 * mark (or UTF-16 with one, as Excel saves "Unicode Text"), cells separated by commas, by tabs
 * ({@code .tsv}, or a first row that has tabs and no commas) or by semicolons (as Excel saves CSV
 * where the comma is the decimal mark), rows ended by CRLF, LF or CR, and cells quoted as RFC 4180
 * has it: a quoted cell may hold the separator, line breaks and quotes written twice. Text is made
 * NFC, and a line break inside a cell LF.
 *
 * <p>Rows are numbered as the spreadsheet numbers them, the first row (the column names) 1, however
 * many lines a quoted cell spans; a problem is reported at that row ({@code updates.csv:7}), with
 * the line of the file when they differ.
 */
final class Sheet {
    /** One row: its number in the spreadsheet, its cells in order. */
    record Row(int number, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** The cell of column {@code index}, empty when the row is shorter. */
        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isEmpty() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The rows read, the first holding the column names, or the problem that stopped the reading. */
    record Read(List<Row> rows, List<Diagnostic> problems) {
        Read {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private final String display;
    private final String text;
    private final char separator;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int at;
    private int line = 1;

    private Sheet(String display, String text, char separator) {
        this.display = display;
        this.text = text;
        this.separator = separator;
    }

    /**
     * The rows of a saved sheet named {@code display} in messages; {@code tabs} when its name says it
     * is tab-separated ({@code .tsv}).
     */
    static Read read(byte[] bytes, String display, boolean tabs) {
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            return new Read(List.of(), List.of(Diagnostic.error(display, 0, "not UTF-8 text: save the sheet as \"CSV UTF-8\" (Excel) or as Text CSV with the character set "
                    + "Unicode (UTF-8) (LibreOffice, Google Sheets)")));
        }
        if (text.indexOf('\0') >= 0) {
            return new Read(List.of(), List.of(Diagnostic.error(display, 0, "not a text file (it contains NUL "
                    + "bytes): save the sheet as CSV")));
        }
        char separator = tabs ? '\t' : separatorOf(text);
        return new Sheet(display, Normalizer.normalize(text, Normalizer.Form.NFC), separator).rows();
    }

    /** UTF-8 (its byte-order mark dropped), or UTF-16 when a byte-order mark says so. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }

    /** The separator the first line uses most, outside quotes: a comma unless tabs or semicolons are more. */
    private static char separatorOf(String text) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private Read rows() {
        int number = 0;
        while (at < text.length()) {
            number++;
            Diagnostic problem = row(number);
            if (problem != null) {
                return new Read(rows, List.of(problem));
            }
        }
        return new Read(rows, List.of());
    }

    /** Reads one row, up to and past its line end; a problem, or null. */
    private Diagnostic row(int number) {
        cells.clear();
        while (true) {
            cell.setLength(0);
            if (at < text.length() && text.charAt(at) == '"') {
                Diagnostic problem = quotedCell(number);
                if (problem != null) {
                    return problem;
                }
            } else {
                while (at < text.length() && text.charAt(at) != separator && !lineEnd()) {
                    cell.append(text.charAt(at++));
                }
            }
            cells.add(cell.toString());
            if (at < text.length() && text.charAt(at) == separator) {
                at++;
                continue;
            }
            skipLineEnd();
            rows.add(new Row(number, cells));
            return null;
        }
    }

    private Diagnostic quotedCell(int number) {
        int opened = line;
        at++;
        while (true) {
            if (at >= text.length()) {
                return Diagnostic.error(display, number, "a quoted cell is never closed (it opens on line " + opened
                        + " of the file): a quote inside a cell is written twice (\"\")");
            }
            char c = text.charAt(at);
            if (c == '"' && at + 1 < text.length() && text.charAt(at + 1) == '"') {
                cell.append('"');
                at += 2;
            } else if (c == '"') {
                at++;
                if (at < text.length() && text.charAt(at) != separator && !lineEnd()) {
                    return Diagnostic.error(display, line, "row " + number + ": text after the closing quote of a "
                            + "cell: a quote inside a cell is written twice (\"\")");
                }
                return null;
            } else if (lineEnd()) {
                skipLineEnd();
                cell.append('\n');
            } else {
                cell.append(c);
                at++;
            }
        }
    }

    private boolean lineEnd() {
        char c = text.charAt(at);
        return c == '\n' || c == '\r';
    }

    /** Past one line end (CRLF, LF or CR), counting it. */
    private void skipLineEnd() {
        if (at >= text.length()) {
            return;
        }
        if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
            at++;
        }
        at++;
        line++;
    }
}
