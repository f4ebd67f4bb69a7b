package io.relance.interfaces.rest;

import jakarta.ws.rs.core.Response;

import java.util.Map;

/** A 201 answer: the new thing's id ({@code {"id": n}}), or what the caller must see of it. */
final class Created {

    private Created() {
    }

    static Response id(long id) {
        return with(Map.of("id", id));
    }

    static Response with(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
