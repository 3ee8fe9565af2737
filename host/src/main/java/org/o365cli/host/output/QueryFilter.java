package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.parser.ParseException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** One compiled {@code --query}, applied to the JSON tree of a result. */
final class QueryFilter {

    private final String query;
    private final Expression<JsonNode> expression;

    private QueryFilter(String query, Expression<JsonNode> expression) {
        this.query = query;
        this.expression = expression;
    }

    /**
     * Compiles the query. The host does this before reading any result, so a typo fails at once instead of
     * after paging through a whole tenant.
     *
     * @throws QueryException when the query is not valid JMESPath
     */
    static QueryFilter compile(JmesPath<JsonNode> runtime, String query) {
        try {
            return new QueryFilter(query, runtime.compile(query));
        } catch (ParseException e) {
            throw new QueryException(query, describe(e), e);
        } catch (JmesPathException e) {
            throw new QueryException(query, e.getMessage(), e);
        }
    }

    /**
     * Applies the query; JMESPath null (a missing property, say) comes back as {@link NullNode}, never Java null.
     *
     * @throws QueryException when the query fails on this data, e.g. a function given the wrong type
     */
    JsonNode apply(JsonNode tree) {
        try {
            JsonNode result = expression.search(tree);
            return result == null || result.isMissingNode() ? NullNode.getInstance() : result;
        } catch (JmesPathException e) {
            throw new QueryException(query, e.getMessage(), e);
        }
    }

    private static String describe(ParseException e) {
        // The exception's own message repeats the whole query; its errors alone say what is wrong and where.
        String errors = StreamSupport.stream(e.spliterator(), false)
                .map(error -> error.message() + " at position " + error.position())
                .collect(Collectors.joining("; "));
        return errors.isEmpty() ? e.getMessage() : errors;
    }
}
