package id.sirakor.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** /api/v1: JSON REST. The OpenAPI document is served at /api/v1/openapi.json (OpenApiResource). */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
