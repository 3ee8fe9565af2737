package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Collection;
import java.util.Iterator;
import java.util.stream.BaseStream;

/**
 * A command's result, read as JSON. A paged result (a Stream, an Iterator, or an Iterable that is not a
 * Collection) is read one item at a time and closed when done, since its pages may hold a connection open;
 * anything else is already in memory and converts whole.
 */
final class ResultSource implements AutoCloseable {

    private final Object result;
    private final TreeConverter converter;
    private final Iterator<?> pages;

    ResultSource(Object result, TreeConverter converter) {
        this.result = result;
        this.converter = converter;
        this.pages = pagedIterator(result);
    }

    /** True when the result arrives item by item and should be written the same way. */
    boolean isPaged() {
        return pages != null;
    }

    /** The items of a paged result, each converted when pulled. */
    Iterator<JsonNode> items() {
        if (pages == null) {
            throw new IllegalStateException("Only a paged result has items; use tree()");
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pages.hasNext();
            }

            @Override
            public JsonNode next() {
                return converter.toTree(pages.next());
            }
        };
    }

    /** The whole result as one tree; a paged result is collected into an array, as a query needs all of it. */
    JsonNode tree() {
        if (pages == null) {
            return converter.toTree(result);
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items().forEachRemaining(array::add);
        return array;
    }

    /** Reads a paged result to the end without converting it, so that the command's work still happens. */
    void drain() {
        if (pages != null) {
            pages.forEachRemaining(item -> { });
        }
    }

    @Override
    public void close() {
        if (pages == null) {
            return;
        }
        if (result instanceof BaseStream<?, ?> stream) {
            stream.close();
        } else if (result instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the command's result: " + e.getMessage(), e);
            }
        }
    }

    private static Iterator<?> pagedIterator(Object result) {
        if (result instanceof BaseStream<?, ?> stream) {
            return stream.iterator();
        }
        if (result instanceof Iterator<?> iterator) {
            return iterator;
        }
        // A JsonNode is Iterable over its children, but it is one value, not a page of items.
        boolean lazyIterable = result instanceof Iterable<?> && !(result instanceof Collection<?>)
                && !(result instanceof JsonNode);
        return lazyIterable ? ((Iterable<?>) result).iterator() : null;
    }
}
