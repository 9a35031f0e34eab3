package dev.vigil.engine;

import org.kie.api.KieServices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The key of a compiled rule base: its rules and catalogs (the rule-base version) and everything
 * its generated classes are linked against — Vigil's own classes, the Drools and Java versions.
 * A rebuilt Vigil whose model classes changed therefore never loads classes compiled for the old ones.
 */
final class CacheKey {

    private static volatile String code;

    private CacheKey() {
    }

    static String of(String ruleBaseVersion) {
        MessageDigest d = sha256();
        for (String part : new String[]{ruleBaseVersion, code(), String.valueOf(KieServices.class.getPackage().getImplementationVersion()),
                System.getProperty("java.specification.version")}) {
            d.update(part.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
        }
        return HexFormat.of().formatHex(d.digest()).substring(0, 32);
    }

    /** A fingerprint of Vigil's classes, taken once per process. */
    private static String code() {
        String c = code;
        if (c == null) {
            c = fingerprint();
            code = c;
        }
        return c;
    }

    private static String fingerprint() {
        MessageDigest d = sha256();
        try {
            Path source = Path.of(CacheKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                hashClassFiles(source, d);
            } else {
                hashJarEntries(source, d);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown code: a key of its own per process, so nothing cached is trusted
            d.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * Name, CRC-32 and size of each class: a jar's central directory holds them, so the jar's classes
     * need no inflating, and the class folder the Maven build compiles the bundled rules from
     * gives the same fingerprint as the jar made of it.
     */
    private static void hashJarEntries(Path jar, MessageDigest d) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> e.getName().endsWith(".class")).sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
                    .forEach(e -> add(d, e.getName(), e.getCrc(), e.getSize()));
        }
    }

    private static void hashClassFiles(Path dir, MessageDigest d) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted(java.util.Comparator.comparing(f -> name(dir, f))).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                add(d, name(dir, p), crc.getValue(), bytes.length);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String name(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static void add(MessageDigest d, String name, long crc, long size) {
        d.update((name + "\0" + crc + "\0" + size + "\0").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
