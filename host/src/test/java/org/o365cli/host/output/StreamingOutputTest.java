package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.output.Printed.lines;
import static org.o365cli.host.output.Printed.print;
import static org.o365cli.host.output.Samples.row;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.o365cli.host.output.Samples.User;

class StreamingOutputTest {

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void streamOfThreeIsWrittenAsTheSameListWouldBe(OutputFormat format) {
        assertEquals(print(Samples.users(), format), print(Samples.users().stream(), format));
    }

    @Test
    void streamOfThreeInCsvAndMarkdown() {
        Stream<User> users = Samples.users().stream();

        assertEquals(lines(
                "id,displayName,age,enabled",
                "1,Zoë,34,true",
                "22,東京,28,false",
                "333,Ana 😀,41,true"), print(users, OutputFormat.CSV));
        assertEquals(lines("| id | age |", "| --- | --- |", "| 1 | 34 |", "| 2 | 28 |"),
                print(Stream.of(row("id", 1, "age", 34), row("id", 2, "age", 28)), OutputFormat.MD));
    }

    @Test
    void streamHeaderIsTheFirstItemsKeysSoLaterExtraKeysAreDroppedAndMissingOnesEmpty() {
        List<Object> items = List.of(row("a", 1, "b", "x"), row("c", 9, "a", 2), row("b", "y"));

        assertEquals(lines("a,b", "1,x", "2,", ",y"), print(items.stream(), OutputFormat.CSV));
        assertEquals(lines("| a | b |", "| --- | --- |", "| 1 | x |", "| 2 |  |", "|  | y |"),
                print(items.stream(), OutputFormat.MD));
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"JSON", "CSV", "MD"})
    void eachItemOfAStreamIsFlushedBeforeTheNextIsRead(OutputFormat format) {
        StringWriter sink = new StringWriter();
        Stream<User> users = streamOf(3, index -> {
            if (index > 0) {
                assertTrue(sink.toString().contains("user-" + (index - 1)),
                        () -> "user-" + (index - 1) + " was not flushed before user-" + index + " was read:\n" + sink);
            }
            return new User("user-" + index, "User " + index, 30 + index, true);
        });

        write(users, format, sink);

        assertTrue(sink.toString().contains("user-2"), sink::toString);
    }

    @Test
    void textWaitsForTheWholeStreamBecauseAlignmentNeedsEveryRow() {
        StringWriter sink = new StringWriter();
        AtomicInteger printedWhenLastWasRead = new AtomicInteger(-1);
        Stream<User> users = streamOf(3, index -> {
            printedWhenLastWasRead.set(sink.toString().length());
            return new User("user-" + index, "User " + index, 30 + index, true);
        });

        write(users, OutputFormat.TEXT, sink);

        assertEquals(0, printedWhenLastWasRead.get());
        assertTrue(sink.toString().contains("user-2"), sink::toString);
    }

    @Test
    void failingStreamLeavesTheJsonArrayOpenAfterTheItemsWritten() {
        StringWriter sink = new StringWriter();
        Stream<User> users = streamOf(3, index -> {
            if (index == 2) {
                throw new IllegalStateException("page 2 failed");
            }
            return new User("user-" + index, "User " + index, 30 + index, true);
        });

        assertThrows(IllegalStateException.class, () -> write(users, OutputFormat.JSON, sink));

        assertTrue(sink.toString().contains("user-1"), sink::toString);
        assertFalse(sink.toString().strip().endsWith("]"), sink::toString);
    }

    /** A stream pulled from an iterator, so that each item is made only when the writer asks for it. */
    private static <T> Stream<T> streamOf(int size, IntFunction<T> item) {
        Iterator<T> iterator = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                return item.apply(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /** Writes through a buffer larger than the output, so that only a flush makes text reach the sink. */
    private static void write(Object result, OutputFormat format, StringWriter sink) {
        PrintWriter out = new PrintWriter(new BufferedWriter(sink, 1 << 16));
        new OutputWriter(new ObjectMapper()).write(result, new OutputOptions(format, null, List.of()), out);
    }
}
