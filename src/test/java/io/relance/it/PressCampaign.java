package io.relance.it;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.relance.it.Agencies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new agency with a press campaign launched to a few journalists of one outlet, through the API
 * (client side): the directeur who signed up makes the calls. The agency's id starts with the prefix
 * ({@link FirstSlot#latestAgency} finds it in the container).
 */
final class PressCampaign {

    private PressCampaign() {
    }

    /** Launches the campaign to one journalist per name (mobiles 0611000011, 0611000012, …); answers the directeur's token. */
    static String launch(String prefix, String... names) throws Exception {
        String token = Tokens.accessToken(Agencies.signUp(prefix + UUID.randomUUID().toString().substring(0, 6), ContactsIT.PASSWORD),
                ContactsIT.PASSWORD);
        assertEquals(201, Tokens.postJson("/api/outlets", token,
                "{\"name\":\"Le Soir\",\"type\":\"PRESSE_ECRITE\",\"periodicity\":\"QUOTIDIEN\"}").statusCode());
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            ids.append(i == 0 ? "" : ",").append(contact(token, names[i], "06110000" + (11 + i)));
        }
        long client = id(Tokens.postJson("/api/clients", token, "{\"name\":\"Marque " + names[0] + "\"}").body());
        long campaign = id(Tokens.postJson("/api/campaigns", token, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"File\",\"sendDate\":\"2027-01-11\"}").body());
        assertEquals(200, Tokens.postJson("/api/campaigns/" + campaign + "/targets", token, "{\"ids\":[" + ids + "]}").statusCode());
        HttpResponse<String> launched = Tokens.postJson("/api/campaigns/" + campaign + "/launch", token, "");
        assertEquals(200, launched.statusCode(), launched.body());
        return token;
    }

    private static long contact(String token, String name, String mobile) throws Exception {
        HttpResponse<String> r = Tokens.postJson("/api/contacts", token, "{\"lastName\":\"" + name
                + "\",\"outletName\":\"Le Soir\",\"mobile\":\"" + mobile + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return id(r.body());
    }
}
