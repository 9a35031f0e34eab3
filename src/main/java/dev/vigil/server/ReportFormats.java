package dev.vigil.server;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which report format a request wants: {@code ?format=} if given, else the Accept header, else JSON. */
final class ReportFormats {

    static final MediaType SARIF = MediaType.parseMediaType("application/sarif+json");
    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final Map<AnalysisStore.Format, MediaType> TYPES = Map.of(AnalysisStore.Format.JSON, MediaType.APPLICATION_JSON,
            AnalysisStore.Format.MD, MARKDOWN, AnalysisStore.Format.HTML, HTML, AnalysisStore.Format.SARIF, SARIF);
    private static final String ALLOWED = "format=json, md, html or sarif (or Accept: application/json, text/markdown, "
            + "text/html, application/sarif+json)";

    private ReportFormats() {
    }

    static AnalysisStore.Format choose(String format, String accept) {
        if (format != null) {
            try {
                return AnalysisStore.Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown report format '" + format + "'; allowed: " + ALLOWED);
            }
        }
        if (accept == null || accept.isBlank()) {
            return AnalysisStore.Format.JSON;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw ApiException.badRequest("the Accept header cannot be read (" + e.getMessage() + "); allowed: " + ALLOWED);
        }
        wanted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType w : wanted) {
            for (AnalysisStore.Format f : AnalysisStore.Format.values()) {
                if (w.getQualityValue() > 0 && w.includes(TYPES.get(f))) {
                    // */* and application/* name JSON first: the enum's order is the preference
                    return f;
                }
            }
        }
        throw new ApiException(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "no report format matches Accept: " + accept + "; " + ALLOWED);
    }

    static MediaType mediaType(AnalysisStore.Format f) {
        return TYPES.get(f);
    }
}
