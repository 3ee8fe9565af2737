package org.o365cli.host.http;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.o365cli.auth.O365Exception;

/**
 * Sends a request, again after an answer or a connection failure that allows it ({@link RetryPolicy#mayRetry},
 * {@link Failures#isRetryable}), within the retry count and the total wait of the settings.
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

    HttpResponse<byte[]> send(HttpRequest request, byte[] body) {
        int attempts = policy.maxRetries() + 1;
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            String why;
            try {
                HttpResponse<byte[]> response = exchange.send(request, body);
                int status = response.statusCode();
                if (!policy.mayRetry(response)) {
                    return response;
                }
                if (attempt == attempts) {
                    throw Failures.exhausted(request, status, attempt, waited);
                }
                wait = policy.delay(attempt - 1, response);
                if (waited.plus(wait).compareTo(policy.maxWait()) > 0) {
                    throw Failures.overBudget(request, status, attempt, waited, wait, policy.maxWait());
                }
                why = "status " + status;
            } catch (IOException e) {
                wait = policy.backoff(attempt - 1);
                if (attempt == attempts || !Failures.isRetryable(request, e) || waited.plus(wait).compareTo(policy.maxWait()) > 0) {
                    throw Failures.connection(request, e, attempt, proxyFor.apply(request));
                }
                why = e.getClass().getSimpleName();
            }
            trace.retry(request, why, wait, attempt, attempts);
            sleep(request, wait);
            waited = waited.plus(wait);
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
