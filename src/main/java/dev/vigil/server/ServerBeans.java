package dev.vigil.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Semaphore;

/** Beans that are not components of their own. */
@Configuration(proxyBeanMethods = false)
class ServerBeans {

    /** Now, as stored: UTC, so that rows written by servers in other zones compare and read alike. */
    static OffsetDateTime utcNow(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Analyses running at once, whether of posted models or of assessments: they are CPU-bound. */
    @Bean
    Semaphore analysisSlots(ServerProperties properties) {
        return new Semaphore(properties.maxConcurrentAnalyses(), true);
    }

    /** Today's date decides which acceptances hold; UTC so that every server agrees. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
