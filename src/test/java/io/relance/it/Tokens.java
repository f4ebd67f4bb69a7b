package io.relance.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bearer tokens from the real Keycloak (password grant of the app's client) and calls with them. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Tokens() {
    }

    public static String accessToken(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = grant("relance-app", username, password);
        if (response.statusCode() != 200) {
            throw new AssertionError("No token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return token(response);
    }

    /** Keycloak's answer to a password grant through any client of the realm (public clients need no secret). */
    public static HttpResponse<String> grant(String clientId, String username, String password) throws IOException, InterruptedException {
        String secret = "relance-app".equals(clientId) ? "&client_secret=relance-dev-secret" : "";
        String body = "grant_type=password&client_id=" + clientId + secret + "&scope=openid"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.keycloakUrl() + "/realms/relance/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The access token of a successful grant. */
    public static String token(HttpResponse<String> grant) {
        Matcher m = ACCESS_TOKEN.matcher(grant.body());
        if (grant.statusCode() != 200 || !m.find()) {
            throw new AssertionError("No token: " + grant.statusCode() + " " + grant.body());
        }
        return m.group(1);
    }

    public static HttpResponse<String> postJson(String path, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return get(Deployments.appUrl(), path, token);
    }

    /** A GET of the API on the server at {@code base} (one node of a cluster, say), as JSON. */
    public static HttpResponse<String> get(String base, String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> putJson(String path, String token, String json) throws IOException, InterruptedException {
        return send("PUT", path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A file posted as raw bytes, its name in X-File-Name. */
    public static HttpResponse<String> postFile(String path, String token, String fileName, byte[] bytes) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("X-File-Name", fileName).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> send(String method, String path, String token, String type, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
