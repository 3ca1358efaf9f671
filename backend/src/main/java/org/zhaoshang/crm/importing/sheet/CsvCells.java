package org.zhaoshang.crm.importing.sheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a CSV file. Its encoding is found, not asked: a byte-order mark (UTF-8, UTF-16), else UTF-8 when every
 * byte decodes as UTF-8, else GBK (read as GB18030, which contains it), as Chinese Excel saves CSV. The separator is
 * the one of comma, semicolon and tab the header line uses most.
 */
final class CsvCells {

    static final Charset GBK_FAMILY = Charset.forName("GB18030");

    private CsvCells() {
    }

    static List<List<String>> read(byte[] content, int maxRows) throws IOException {
        String text = decode(content);
        String firstLine = text.lines().findFirst().orElse("");
        char separator = ',';
        long most = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[]{';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                separator = candidate;
            }
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    break;
                }
                rows.add(record.toList());
            }
        } catch (UncheckedIOException malformed) {
            throw malformed.getCause(); // a quote left open, as the parser finds it while iterating
        }
        return rows;
    }

    static String decode(byte[] content) throws CharacterCodingException {
        if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
            && (content[2] & 0xff) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                         .onUnmappableCharacter(CodingErrorAction.REPORT)
                                         .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return GBK_FAMILY.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                             .onUnmappableCharacter(CodingErrorAction.REPORT)
                             .decode(ByteBuffer.wrap(content)).toString();
        }
    }
}
