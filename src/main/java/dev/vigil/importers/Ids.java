package dev.vigil.importers;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Vigil ids from other tools' ids and names: 1 to 128 characters from {@code [A-Za-z0-9._:-]},
 * starting with a letter or digit, unique across the whole model ignoring case (the loader
 * refuses ids that differ only in case). The same input in the same order gives the same ids.
 */
final class Ids {

    static final int MAX = 128;

    private final Set<String> taken = new HashSet<>();

    /** A fresh id like {@code wanted}, or like {@code fallback} when nothing of it survives. */
    String claim(String wanted, String fallback) {
        String base = sanitize(wanted == null ? "" : wanted);
        if (base.isEmpty()) {
            base = sanitize(fallback);
        }
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "-" + n;
            id = cut(base, MAX - suffix.length()) + suffix;
        }
        return id;
    }

    boolean taken(String id) {
        return taken.contains(id.toLowerCase(Locale.ROOT));
    }

    /** Marks an id as used (one already in a model that an import is merged into). */
    void reserve(String id) {
        taken.add(id.toLowerCase(Locale.ROOT));
    }

    /**
     * Accents dropped ({@code é} → {@code e}), every run of other characters turned into one
     * {@code -}, leading punctuation removed; a long id keeps its start and a hash of the rest, so
     * two long names that share a start still differ.
     */
    static String sanitize(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^A-Za-z0-9._:-]+", "-").replaceAll("^[^A-Za-z0-9]+", "").replaceAll("-+$", "");
        if (s.length() <= MAX) {
            return s;
        }
        CRC32 crc = new CRC32();
        crc.update(raw.getBytes(StandardCharsets.UTF_8));
        return cut(s, MAX - 9) + "-" + String.format("%08x", crc.getValue());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
