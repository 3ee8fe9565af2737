package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;

/** Writes a result's JSON in one {@code --output} format. */
interface Formatter {

    /** Writes a value held in memory: an object, an array or a scalar. */
    void write(JsonNode value, PrintWriter out);

    /** Writes a paged result's items, each as it arrives where the format allows it. */
    void writeStream(Iterator<JsonNode> items, PrintWriter out);
}
