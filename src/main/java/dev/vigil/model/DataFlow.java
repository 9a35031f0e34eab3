package dev.vigil.model;

import java.util.List;

@Doc("A data flow from the component that initiates a connection to the one that serves it.")
public record DataFlow(
        @Required @Doc("Unique id.") String id,
        @Doc("What the flow is for.") String name,
        @Required @Doc("Id of the initiating component.") String from,
        @Required @Doc("Id of the receiving component.") String to,
        @Required @OneOf({"https", "http", "grpc", "tls", "tcp", "sql", "ssh", "rdp", "smtp", "sftp", "ftp", "amqp", "kafka", "ldap", "ldaps", "smb", "nfs", "s3"})
        @Doc("Protocol.") String protocol,
        @Doc("The channel is encrypted (TLS, SSH, VPN). When left out: true for https, tls, ssh, sftp and ldaps, false otherwise.")
        Boolean encrypted,
        @OneOf({"none", "password", "api-key", "token", "sso", "mfa", "mtls"}) @Default("none")
        @Doc("How the initiator authenticates.") String authentication,
        @Doc("Ids of data assets carried.") List<String> data) {

    /** Protocols that are encrypted by definition. */
    public static final java.util.Set<String> ENCRYPTED_PROTOCOLS = java.util.Set.of("https", "tls", "ssh", "sftp", "ldaps");
}
