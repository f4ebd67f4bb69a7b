package io.relance.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API root. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
