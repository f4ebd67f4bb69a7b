package io.relance.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build produced, deployed as relance.war (the name the OIDC configuration protects). */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive relance() {
        return ShrinkWrap.create(ZipImporter.class, "relance.war")
                .importFrom(new File(System.getProperty("relance.war")))
                .as(WebArchive.class);
    }

    public static String appUrl() {
        return "http://localhost:" + System.getProperty("relance.http.port", "9080");
    }

    public static String keycloakUrl() {
        return "http://localhost:" + System.getProperty("relance.keycloak.port", "9180");
    }
}
