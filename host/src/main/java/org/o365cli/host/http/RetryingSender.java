package org.o365cli.host.http;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.o365cli.auth.O365Exception;

/**
 * Sends a request, again after an answer or a connection failure that allows it ({@link RetryPolicy#mayRetry},
 * {@link Failures#isRetryable}), within the retry count, the total wait of the settings and the request's
 * {@link Deadline}: no attempt outlasts what is left of it.
 */
final class RetryingSender {

    private final Exchange exchange;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final HttpTrace trace;
    private final Function<HttpRequest, Optional<ProxyAddress>> proxyFor;

    RetryingSender(Exchange exchange, RetryPolicy policy, Sleeper sleeper, HttpTrace trace,
                   Function<HttpRequest, Optional<ProxyAddress>> proxyFor) {
        this.exchange = exchange;
        this.policy = policy;
        this.sleeper = sleeper;
        this.trace = trace;
        this.proxyFor = proxyFor;
    }

    HttpResponse<byte[]> send(HttpRequest request, byte[] body, Deadline deadline) {
        int attempts = policy.maxRetries() + 1;
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            String why;
            Duration timeout = request.timeout().filter(t -> t.compareTo(deadline.left()) < 0).orElse(deadline.left());
            try {
                HttpResponse<byte[]> response = deadline.measure(() -> exchange.send(request, body, timeout));
                int status = response.statusCode();
                if (!policy.mayRetry(response)) {
                    return response;
                }
                if (attempt == attempts) {
                    throw Failures.exhausted(request, status, attempt, waited);
                }
                wait = policy.delay(attempt - 1, response);
                if (waited.plus(wait).compareTo(policy.maxWait()) > 0) {
                    throw Failures.overBudget(request, status, attempt, waited, wait, policy.maxWait(),
                            "O365_HTTP_MAX_RETRY_WAIT_SECONDS");
                }
                if (!deadline.allows(wait)) {
                    throw Failures.overBudget(request, status, attempt, deadline.spent(), wait, deadline.budget(),
                            "O365_HTTP_DEADLINE_SECONDS");
                }
                why = "status " + status;
            } catch (BodyLimit.TooLarge e) {
                throw Failures.tooLarge(request, e.limit());
            } catch (IOException e) {
                wait = policy.backoff(attempt - 1);
                boolean late = !deadline.allows(wait);
                if (late && e instanceof HttpTimeoutException) {
                    throw Failures.deadline(request, attempt, deadline.budget(), proxyFor.apply(request));
                }
                if (attempt == attempts || !Failures.isRetryable(request, e) || late
                        || waited.plus(wait).compareTo(policy.maxWait()) > 0) {
                    throw Failures.connection(request, e, attempt, proxyFor.apply(request));
                }
                why = e.getClass().getSimpleName();
            }
            trace.retry(request, why, wait, attempt, attempts);
            sleep(request, wait);
            waited = waited.plus(wait);
            deadline.spend(wait);
        }
    }

    private void sleep(HttpRequest request, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new O365Exception("Interrupted while waiting to retry " + request.method() + " to " + request.uri().getHost(), e);
        }
    }
}
