package org.o365cli.sandbox.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Reads and writes the faults of the state, and draws whether a call fails. */
public final class FaultInjector {

    private FaultInjector() {
    }

    /** The faults the state holds. */
    public static Faults read(JsonNode state) {
        JsonNode faults = state.path("faults");
        if (!faults.isObject()) {
            return Faults.NONE;
        }
        List<Integer> errors = new ArrayList<>();
        faults.path("errors").forEach(status -> errors.add(status.asInt()));
        return new Faults(faults.path("failureRate").asInt(), errors, faults.path("retryAfter").asInt(),
                faults.path("latency").asInt(), faults.path("includeSignIn").asBoolean());
    }

    /** Writes the faults into the state. */
    public static void write(ObjectMapper json, ObjectNode state, Faults faults) {
        ObjectNode node = state.putObject("faults");
        node.put("failureRate", faults.failureRate());
        faults.errors().forEach(node.withArrayProperty("errors")::add);
        node.put("retryAfter", faults.retryAfter());
        node.put("latency", faults.latencyMillis());
        node.put("includeSignIn", faults.includeSignIn());
    }

    /**
     * @param faults the faults
     * @param signIn whether the call is a sign-in request
     * @return the status to fail the call with, or empty to answer it
     */
    public static Optional<Integer> draw(Faults faults, boolean signIn) {
        if (faults.failureRate() == 0 || signIn && !faults.includeSignIn()) {
            return Optional.empty();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(100) >= faults.failureRate()) {
            return Optional.empty();
        }
        return Optional.of(faults.errors().get(random.nextInt(faults.errors().size())));
    }
}
