package org.zhaoshang.crm.importing.sheet;

import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every limit of a sheet is enforced while it is read: each hostile file is refused, naming the rule, within 10 s and
 * with less than 64 MB allocated by the reading thread (the file itself is at most 20 MB).
 */
class SheetLimitsTest {

    private static final long MAX_ALLOCATED = 64L * 1024 * 1024;

    /** POI's first workbook loads and builds its classes (about 70 MB allocated once): not the sheet's doing. */
    @BeforeAll
    static void warmUp() {
        SheetReader.read("warm.xlsx", HostileSheets.xlsx(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>", null));
    }

    @Test
    void aWorkbookDeclaringRowTwoBillionIsRefusedAtThatRow() {
        assertThat(refusal("rows.xlsx", HostileSheets.xlsxDeclaringRowTwoBillion())).isEqualTo("too-many-rows");
    }

    @Test
    void aWorkbookWithAValueInColumnXfdIsRefused() {
        assertThat(refusal("wide.xlsx", HostileSheets.xlsxWithAValueInColumnXfd())).isEqualTo("too-many-columns");
    }

    @Test
    void aWorkbookDeclaringTwoBillionSharedStringsIsRead() {
        Sheet sheet = readBounded("strings.xlsx", HostileSheets.xlsxDeclaringTwoBillionSharedStrings());
        assertThat(sheet.headers()).containsExactly("公司名称");
    }

    @Test
    void aZipBombIsRefusedAsTooLarge() {
        byte[] bomb = HostileSheets.xlsxZipBomb();
        assertThat(bomb.length).isLessThan(SheetReader.MAX_BYTES);
        assertThat(refusal("bomb.xlsx", bomb)).isEqualTo("too-large");
    }

    @Test
    void aCsvWithAMillionHeaderColumnsIsRefusedAtTheFirstColumnTooMany() {
        assertThat(refusal("wide.csv", HostileSheets.csvWithAMillionHeaderColumns())).isEqualTo("too-many-columns");
    }

    @Test
    void aCellOfAMillionCharactersIsRefused() {
        assertThat(refusal("long.csv", HostileSheets.csvWithACellOfAMillionCharacters())).isEqualTo("cell-too-long");
    }

    @Test
    void anEndlessUploadIsRefusedAfterTwentyMegabytesWithoutReadingTheRest() {
        CountingStream threeGigabytes = new CountingStream(HostileSheets.endlessCsv(3L * 1024 * 1024 * 1024));
        assertThat(refusal(() -> SheetReader.read("endless.csv", threeGigabytes))).isEqualTo("too-large");
        assertThat(threeGigabytes.read).isLessThan(SheetReader.MAX_BYTES + 1024 * 1024);
    }

    @Test
    void aSheetWithinTheLimitsIsReadAsBefore() {
        Sheet sheet = readBounded("desk.xlsx", HostileSheets.xlsx(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>公司名称</t>"
                + "</is></c><c r=\"C1\" t=\"inlineStr\"><is><t>国家</t></is></c></row><row r=\"3\"><c r=\"A3\""
                + " t=\"inlineStr\"><is><t>泰晤士资本</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>英国</t></is>"
                + "</c></row></sheetData></worksheet>", null));
        assertThat(sheet.headers()).containsExactly("公司名称", "", "国家");
        assertThat(sheet.rows()).containsExactly(List.of("", "", ""), List.of("泰晤士资本", "", "英国"));
        Sheet csv = readBounded("desk.csv", "公司名称;国家\n\"泰晤士;资本\";英国\n".getBytes(StandardCharsets.UTF_8));
        assertThat(csv.rows()).containsExactly(List.of("泰晤士;资本", "英国"));
    }

    private static Sheet readBounded(String name, byte[] content) {
        return bounded(() -> SheetReader.read(name, content));
    }

    private static String refusal(String name, byte[] content) {
        return refusal(() -> SheetReader.read(name, content));
    }

    private static String refusal(Supplier<Sheet> reading) {
        try {
            Sheet read = bounded(reading);
            return fail("read, not refused: " + read.headers().size() + " columns, " + read.rows().size() + " rows");
        } catch (InvalidInputException refused) {
            assertThat(refused.violations()).hasSize(1);
            assertThat(refused.violations().get(0).field()).isEqualTo("file");
            return refused.violations().get(0).rule();
        }
    }

    /** Reads on a thread of its own, given 10 s, and checks what that thread allocated. */
    private static Sheet bounded(Supplier<Sheet> reading) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        long[] allocated = new long[1];
        Future<Sheet> sheet = reader.submit(() -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                return reading.get();
            } finally {
                allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
            }
        });
        try {
            Sheet read = sheet.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(allocated[0]).as("bytes allocated").isLessThan(MAX_ALLOCATED);
            return read;
        } catch (java.util.concurrent.ExecutionException failed) {
            assertThat(allocated[0]).as("bytes allocated").isLessThan(MAX_ALLOCATED);
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(failed.getCause());
        } catch (TimeoutException tooSlow) {
            throw new AssertionError("not refused within 10 s");
        } catch (InterruptedException interrupted) {
            throw new AssertionError(interrupted);
        } finally {
            reader.shutdownNow();
        }
    }

    /** Counts what is read of a stream. */
    private static final class CountingStream extends InputStream {
        private final InputStream in;
        private long read;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws java.io.IOException {
            int next = in.read();
            read += next < 0 ? 0 : 1;
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int count = in.read(buffer, offset, length);
            read += Math.max(count, 0);
            return count;
        }
    }

}
