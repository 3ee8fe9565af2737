package org.o365cli.auth;

/**
 * Which of {@link Auth}'s two methods a request's token comes from, as the reference document
 * teaches: the API on the connection's own resource, or any other URL.
 */
public enum TokenMethod {

    /** {@link Auth#ensureAccessToken}: the URL lies on the connection's own resource. */
    ENSURE,

    /** {@link Auth#getAccessToken}: the URL was given by the user or lies on another resource. */
    GET,

    /** No token: a public endpoint. */
    NONE
}
