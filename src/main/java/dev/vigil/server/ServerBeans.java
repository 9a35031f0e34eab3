package dev.vigil.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Beans that are not components of their own. */
@Configuration(proxyBeanMethods = false)
class ServerBeans {

    /** Today's date decides which acceptances hold; UTC so that every server agrees. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
