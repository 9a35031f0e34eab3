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
        @Verify("Is {name} encrypted in transit (TLS, SSH, VPN)?")
        @Doc("The channel is encrypted (TLS, SSH, VPN). Left out: true for https, tls, ssh, sftp, ldaps, rdp and s3, false for "
                + "http and ftp, unknown otherwise.")
        Boolean encrypted,
        @OneOf({"none", "password", "api-key", "token", "sso", "mfa", "mtls", "unknown"}) @Default("unknown")
        @Verify("How does the initiator of {name} authenticate?")
        @Doc("How the initiator authenticates. Left out: unknown.") String authentication,
        @Doc("Ids of data assets carried.") List<String> data) {

    /** Protocols that are encrypted by definition (RDP negotiates TLS, S3 clients use HTTPS). */
    public static final java.util.Set<String> ENCRYPTED_PROTOCOLS = java.util.Set.of("https", "tls", "ssh", "sftp", "ldaps", "rdp", "s3");

    /** Protocols that are cleartext by definition; their encrypted variants have names of their own. */
    public static final java.util.Set<String> CLEARTEXT_PROTOCOLS = java.util.Set.of("http", "ftp");
}
