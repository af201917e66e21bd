package id.sirakor.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny HTTP client for /api/v1 calls in tests, with an optional bearer token. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;
    private String language = "id";

    public ApiClient(URL base, String token) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.token = token;
    }

    public ApiClient language(String lang) {
        this.language = lang;
        return this;
    }

    public record Reply(int status, String body) {
        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        public jakarta.json.JsonObject object() {
            return (jakarta.json.JsonObject) json();
        }

        public jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) json();
        }
    }

    public Reply get(String path) {
        return send(builder(path).header("Accept", "application/json").GET());
    }

    /** GET accepting any media type (calendar files, downloads). */
    public Reply getAny(String path) {
        return send(builder(path).header("Accept", "*/*").GET());
    }

    public Reply put(String path, String json) {
        return send(builder(path).header("Accept", "application/json").header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Accept", "application/json").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply postWithKey(String path, String json, String idempotencyKey) {
        return send(builder(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public record Bytes(int status, String contentType, byte[] body) {
    }

    /** GET of a download (PDF, Excel) as bytes. */
    public Bytes bytes(String path) {
        try {
            HttpResponse<byte[]> r = http.send(builder(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST of a file body (an Excel import). */
    public Reply upload(String path, String contentType, byte[] content) {
        return send(builder(path).header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** PUT of raw bytes with a content type (an image upload). */
    public Reply putBytes(String path, String contentType, byte[] content) {
        return send(builder(path).header("Accept", "application/json").header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** One file of a multipart/form-data upload. */
    public record FilePart(String name, String fileName, String contentType, byte[] content) {
    }

    /** POST of a multipart/form-data body (photo uploads), the files in the order given. */
    public Reply multipart(String path, java.util.List<FilePart> parts) {
        String boundary = "----sirakor" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (FilePart p : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\"; filename=\"" + p.fileName()
                    + "\"\r\nContent-Type: " + p.contentType() + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(builder(path).header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GET with request headers (If-None-Match), answering status, headers and bytes. */
    public HttpResponse<byte[]> raw(String path, String... headers) {
        try {
            HttpRequest.Builder b = builder(path).header("Accept", "*/*");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String path) {
        return send(builder(path).header("Accept", "application/json").DELETE());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
