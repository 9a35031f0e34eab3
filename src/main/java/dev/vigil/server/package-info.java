/**
 * The HTTP server behind {@code vigil serve}: a Spring Boot application (REST controllers, API-token
 * authentication, persistence with Flyway and JDBC on H2 or PostgreSQL). It may use every other
 * package but {@code cli}; nothing else uses Spring, so the command line never starts a context.
 */
package dev.vigil.server;
