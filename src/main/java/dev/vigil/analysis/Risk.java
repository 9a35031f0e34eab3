package dev.vigil.analysis;

/** Likelihood and impact, each 1–5. */
public record Risk(int likelihood, int impact) {

    public Risk {
        likelihood = clamp(likelihood);
        impact = clamp(impact);
    }

    public int score() {
        return likelihood * impact;
    }

    public Severity severity() {
        return Severity.of(score());
    }

    public Risk lower(int byLikelihood, int byImpact) {
        return new Risk(likelihood - byLikelihood, impact - byImpact);
    }

    private static int clamp(int v) {
        return Math.max(1, Math.min(5, v));
    }
}
