package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.relance.it.Agencies.id;
import static io.relance.it.Agencies.number;
import static io.relance.it.ContactsIT.importFile;
import static io.relance.it.ContactsIT.newAgency;
import static io.relance.it.ContactsIT.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 §1 through the API, on the real stack: a public media directory imports whole, its
 * unknown values left empty with a remark; values decided by hand are saved with the mapping and
 * applied to the next file of that source (a value set to "reject" rejects its lines); another
 * agency neither sees nor reuses that mapping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ValueMappingIT {

    /** The directory's next edition: the same columns, a new channel, a line of "Autre". */
    private static final String NEXT_EDITION = "Nom\tType\tPeriodicite\tEchelle\tPrix\tDisparu\tSecteur\n"
            + "Lyon Capitale\tWeb TV\tMensuel\tLocale\t4,50 €\tnon\tSociété\n"
            + "TLM\tWeb TV\tContinu\tLocale\t\tnon\tCulture\n"
            + "Le Petit Journal des Landes\tAutre\tHebdomadaire\tDépartementale\t1,00 €\tnon\tAgriculture\n"
            + "Reporterre 2\tSite\tQuotidien\tNationale\t\tnon\tÉcologie\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    static byte[] directory() throws Exception {
        try (InputStream in = ValueMappingIT.class.getResourceAsStream("/imports/vocabulary/annuaire-medias.tsv")) {
            return in.readAllBytes();
        }
    }

    private static String report(String token, String status) throws Exception {
        return new String(Tokens.download("/api/imports/" + id(status) + "/report", token).body(), StandardCharsets.UTF_8);
    }

    /** One distinct value of one column in the answer of /imports/values. */
    private static JsonObject value(String body, String field, String text) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            for (JsonValue review : reader.readArray()) {
                if (review.asJsonObject().getString("field").equals(field)) {
                    for (JsonValue v : review.asJsonObject().getJsonArray("values")) {
                        if (v.asJsonObject().getString("text").equals(text)) {
                            return v.asJsonObject();
                        }
                    }
                }
            }
        }
        throw new AssertionError(field + " " + text + " in " + body);
    }

    private static long outlets(String token, String query) throws Exception {
        return number(Tokens.get("/api/outlets?" + query, token).body(), "total");
    }

    @Test
    void valuesChosenByHandAreSavedReusedAndStayInTheirAgency() throws Exception {
        String token = newAgency("valeurs");

        // what the file's values become, before anything is imported
        HttpResponse<String> values = Tokens.postFile("/api/imports/values?target=OUTLETS", token, "annuaire.tsv", directory());
        assertEquals(200, values.statusCode(), values.body());
        JsonObject general = value(values.body(), "OUTLET_TYPE", "Presse (généraliste  politique  économique)");
        assertEquals(18, general.getInt("lines"));
        assertEquals("PRESSE_ECRITE", general.getJsonObject("match").getString("code"));
        assertEquals("SYNONYM", general.getJsonObject("match").getString("how"));
        assertEquals("UNKNOWN", value(values.body(), "OUTLET_TYPE", "Web TV").getJsonObject("match").getString("how"));
        assertEquals("WEB", value(values.body(), "OUTLET_TYPE", "Site").getJsonObject("match").getString("code"));
        assertEquals("SEMESTRIEL", value(values.body(), "OUTLET_PERIODICITY", "Semestriel").getJsonObject("match").getString("code"));

        // the first import: every line in, the two unknown types left empty with a remark
        String first = importFile(token, "annuaire.tsv", directory(), "target=OUTLETS");
        assertTrue(first.contains("\"DONE\""), first);
        assertEquals(60, number(first, "created"));
        assertEquals(0, number(first, "rejected"), "an unknown value of an optional column rejects no line");
        String firstReport = report(token, first);
        assertTrue(firstReport.contains("Lyon Capitale;Type de média : valeur inconnue, laissée vide (Web TV)")
                || firstReport.contains("Lyon Capitale;\"Type de média : valeur inconnue, laissée vide (Web TV)\""), firstReport);
        assertEquals(7, outlets(token, "type=WEB"), "Site and Pure player are the web");
        assertEquals(37, outlets(token, "type=PRESSE_ECRITE"), "every « Presse (…) » and « Quotidien régional »");
        assertEquals(1, outlets(token, "periodicity=SEMESTRIEL"));
        assertEquals(1, outlets(token, "periodicity=ANNUEL"));
        assertEquals(0, outlets(token, "type=TV&q=" + q("Lyon Capitale")));

        // a choice that does not exist is refused with its reason, nothing saved
        HttpResponse<String> bad = Tokens.postJson("/api/imports/mappings", token, "{\"target\":\"OUTLETS\",\"name\":\"Annuaire\","
                + "\"columns\":{\"Nom\":\"OUTLET\",\"Type\":\"OUTLET_TYPE\"},\"values\":{\"OUTLET_TYPE\":{\"Web TV\":\"HEBDOMADAIRE\"}}}");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("import.value.badChoice"), bad.body());
        assertEquals("[]", Tokens.get("/api/imports/mappings?target=OUTLETS", token).body().strip());

        // decided by hand once: "Web TV" is television, "Autre" rejects its line
        HttpResponse<String> saved = Tokens.postJson("/api/imports/mappings", token, "{\"target\":\"OUTLETS\",\"name\":\"Annuaire\","
                + "\"columns\":{\"Nom\":\"OUTLET\",\"Type\":\"OUTLET_TYPE\",\"Periodicite\":\"OUTLET_PERIODICITY\",\"Echelle\":\"OUTLET_SCALE\"},"
                + "\"kept\":{\"Secteur\":\"OUTLET_TOPICS\"},"
                + "\"values\":{\"OUTLET_TYPE\":{\"Web TV\":\"TV\",\"Autre\":\"REJECT\"}}}");
        assertEquals(204, saved.statusCode(), saved.body());
        String mappings = Tokens.get("/api/imports/mappings?target=OUTLETS", token).body();
        assertTrue(mappings.contains("\"Web TV\":\"TV\"") && mappings.contains("\"Autre\":\"REJECT\""), mappings);
        long mappingId = id(mappings);

        // the next file of the same source: the saved decisions apply without being asked
        String next = importFile(token, "annuaire-2.tsv", NEXT_EDITION.getBytes(StandardCharsets.UTF_8),
                "target=OUTLETS&duplicates=UPDATE");
        assertEquals(2, number(next, "created"), next);
        assertEquals(1, number(next, "updated"), next);
        assertEquals(1, number(next, "rejected"), next);
        assertTrue(report(token, next).contains("valeur que vous avez choisi de refuser (Autre)"), report(token, next));
        assertEquals(1, outlets(token, "type=TV&q=" + q("Lyon Capitale")), "updated to television");
        assertEquals(1, outlets(token, "type=TV&q=TLM"));
        assertEquals(0, outlets(token, "q=" + q("Petit Journal des Landes")));
        assertEquals(1, outlets(token, "topic=Culture&q=TLM"), "the kept column « Secteur » became the outlet's topics");

        // another agency: does not see, use or delete that mapping
        String other = newAgency("voisine");
        assertEquals("[]", Tokens.get("/api/imports/mappings?target=OUTLETS", other).body().strip());
        assertEquals(404, Tokens.delete("/api/imports/mappings/" + mappingId, other).statusCode());
        String theirs = importFile(other, "annuaire-2.tsv", NEXT_EDITION.getBytes(StandardCharsets.UTF_8), "target=OUTLETS");
        assertEquals(4, number(theirs, "created"), "nothing rejected: the other agency's decisions are not theirs");
        assertEquals(0, number(theirs, "rejected"));
        assertEquals(0, outlets(other, "type=TV"));
        assertFalse(Tokens.get("/api/imports/mappings?target=OUTLETS", token).body().strip().equals("[]"), "still there");
    }
}
