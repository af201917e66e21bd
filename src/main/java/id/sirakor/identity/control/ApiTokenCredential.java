package id.sirakor.identity.control;

import jakarta.security.enterprise.credential.Credential;

/** A bearer token presented to /api/v1. */
public record ApiTokenCredential(String token) implements Credential {
}
