package org.acta.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Decoding a content file: strict UTF-8, BOM dropped, CRLF and CR made LF, NFC. */
final class Text {
    private Text() {
    }

    /** The decoded, normalised text, or the 1-based line of the first byte that is not UTF-8. */
    sealed interface Decoded permits Decoded.Ok, Decoded.BadByte {
        record Ok(String text) implements Decoded {
        }

        record BadByte(int line) implements Decoded {
        }
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded.Ok(normalise(decoder.decode(ByteBuffer.wrap(bytes)).toString()));
        } catch (CharacterCodingException e) {
            return new Decoded.BadByte(lineOfFirstBadByte(bytes));
        }
    }

    /** BOM dropped, every line end made {@code \n}, Unicode composed (NFC). */
    static String normalise(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return 1;
    }
}
