package org.o365cli.host.auth.aad;

import net.minidev.json.JSONObject;

/**
 * A JSON answer.
 *
 * @param status    the HTTP status
 * @param body      the JSON object answered
 * @param challenge the {@code WWW-Authenticate} header of a 401, or null
 */
public record JsonReply(int status, JSONObject body, String challenge) {

    /** An answer without a challenge. */
    public JsonReply(int status, JSONObject body) {
        this(status, body, null);
    }

    /** True for a 2xx status. */
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /**
     * A member as text, whether the JSON holds a string or a number.
     *
     * @param name the member's name
     * @return its text, or null when absent
     */
    public String text(String name) {
        Object value = body.get(name);
        return value == null ? null : value.toString();
    }
}
