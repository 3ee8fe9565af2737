package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.output.Printed.lines;
import static org.o365cli.host.output.Printed.print;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.o365cli.host.output.Samples.User;

/** How paged results (streams, iterators, lazy iterables) are read, drained and closed. */
class PagedResultTest {

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"JSON", "CSV", "MD", "TEXT"})
    void emptyStreamIsAnEmptyArrayInJsonAndNothingElsewhere(OutputFormat format) {
        assertEquals(format == OutputFormat.JSON ? lines("[]") : "", print(Stream.empty(), format));
    }

    @Test
    void noneReadsEveryKindOfPagedResultToTheEndAndPrintsNothing() {
        AtomicInteger read = new AtomicInteger();
        Iterable<User> iterable = () -> Samples.users().stream().peek(user -> read.incrementAndGet()).iterator();
        Iterator<User> iterator = Samples.users().stream().peek(user -> read.incrementAndGet()).iterator();
        Stream<User> stream = Samples.users().stream().peek(user -> read.incrementAndGet());

        assertEquals("", print(iterable, OutputFormat.NONE));
        assertEquals("", print(iterator, OutputFormat.NONE));
        assertEquals("", print(stream, OutputFormat.NONE));
        assertEquals(9, read.get());
    }

    @Test
    void noneNeitherCompilesNorEvaluatesTheQuery() {
        AtomicInteger read = new AtomicInteger();
        Stream<User> stream = Samples.users().stream().peek(user -> read.incrementAndGet());

        assertEquals("", print(stream, OutputFormat.NONE, "[?broken"));
        assertEquals(3, read.get());
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void streamIsClosedOnceWritten(OutputFormat format) {
        AtomicBoolean closed = new AtomicBoolean();

        print(Samples.users().stream().onClose(() -> closed.set(true)), format);

        assertTrue(closed.get());
    }

    @Test
    void streamIsClosedUnreadWhenTheQueryIsBad() {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicInteger read = new AtomicInteger();
        Stream<User> stream = Samples.users().stream()
                .peek(user -> read.incrementAndGet())
                .onClose(() -> closed.set(true));

        assertThrows(QueryException.class, () -> print(stream, OutputFormat.JSON, "[?broken"));

        assertTrue(closed.get());
        assertEquals(0, read.get());
    }
}
