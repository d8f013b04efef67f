package org.tributary.reporting.control.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exports of many generated rows: a million as CSV, 200,000 as XLSX (SXSSF writes about 100,000 rows a second on
 * the project's machine; a million would take the module's tests past half a minute).
 *
 * <p>Running out of heap is not the test: surefire's default heap (a quarter of the machine's memory) would hold
 * these rows. Instead each test watches the first rows it handed out, weakly: three quarters of the way through
 * they must have been collected, which fails at once if a writer keeps its rows, whatever the heap.
 */
class StreamingExportTest {

    private static final long MILLION = 1_000_000;

    // Held, a million of these rows would take a few hundred megabytes.
    @Test
    void writesAMillionRowsOfCsvWithoutHoldingThem() throws IOException {
        RowWatcher watcher = new RowWatcher(MILLION);
        CountingOutputStream out = new CountingOutputStream();

        new CsvReportWriter().write(table(watcher), out);

        assertThat(watcher.earlyRowsWereCollected).isTrue();
        assertThat(out.bytes).isGreaterThan(MILLION * 50);
    }

    // SXSSF keeps its last 500 rows in memory and the rest in a temporary file; the sheet held as POI objects
    // would take some 1.5 KB a row.
    @Test
    void writesManyRowsOfXlsxWithoutHoldingThem() throws IOException {
        RowWatcher watcher = new RowWatcher(200_000);
        CountingOutputStream out = new CountingOutputStream();

        new XlsxReportWriter().write(table(watcher), out);

        assertThat(watcher.earlyRowsWereCollected).isTrue();
        assertThat(out.bytes).isGreaterThan(200_000L * 10);
    }

    private static ReportTable table(RowWatcher watcher) {
        return new ReportTable(
                "A million",
                SampleReports.PERIOD,
                "EUR",
                SampleReports.TRANSACTION_COLUMNS,
                SampleReports.generated(watcher.count, watcher::row));
    }

    /** Makes the rows, remembers the first ones weakly, and looks whether they are gone three quarters on. */
    private static final class RowWatcher {
        private static final int WATCHED = 1_000;
        private final long count;
        private final List<WeakReference<Object>> early = new ArrayList<>();
        private boolean earlyRowsWereCollected;

        RowWatcher(long count) {
            this.count = count;
        }

        List<Object> row(long n) {
            List<Object> row = SampleReports.transaction(n);
            if (n < WATCHED) {
                early.add(new WeakReference<>(row));
                early.add(new WeakReference<>(row.get(1)));
            }
            if (n == count * 3 / 4) {
                earlyRowsWereCollected = collected();
            }
            return row;
        }

        private boolean collected() {
            for (int attempt = 0; attempt < 5; attempt++) {
                System.gc();
                if (early.stream().allMatch(reference -> reference.get() == null)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class CountingOutputStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
