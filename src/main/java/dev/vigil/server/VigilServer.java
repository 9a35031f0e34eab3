package dev.vigil.server;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The Spring Boot application of {@code vigil serve}; only this entry point creates a Spring context. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class VigilServer {

    /** Starts the server and returns when it has stopped (SIGTERM or Ctrl-C close the context). */
    public static void serve(ServerOptions options) throws InterruptedException {
        ConfigurableApplicationContext context = start(options);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ContextClosedEvent e) -> closed.countDown());
        if (context.isActive()) {
            closed.await();
        }
    }

    /** Starts the server and returns once it listens; closing the context stops it. */
    public static ConfigurableApplicationContext start(ServerOptions options) {
        // Tomcat's JDK logging bridge puts the JDK's two-line formatter on the console handler when
        // no logging file is configured; keep Boot's one-line format for every line
        if (System.getProperty("org.apache.juli.formatter") == null) {
            System.setProperty("org.apache.juli.formatter", "org.springframework.boot.logging.java.SimpleFormatter");
        }
        SpringApplication app = new SpringApplication(VigilServer.class);
        app.setBannerMode(Banner.Mode.OFF);
        // last in line: any configured spring.datasource.url (file, environment) wins over the H2 default
        app.setDefaultProperties(Map.of("spring.datasource.url", ServerAdmin.DEFAULT_DATABASE));
        // first in line: what was said on the command line beats files and the environment
        app.addInitializers(ctx -> {
            MutablePropertySources sources = ctx.getEnvironment().getPropertySources();
            sources.addFirst(new MapPropertySource("vigil serve options", options.properties()));
            // wherever the URL came from, an H2 file writes each commit at once (ServerAdmin.durable)
            String url = ctx.getEnvironment().getProperty("spring.datasource.url");
            String durable = ServerAdmin.durable(url);
            if (durable != null && !durable.equals(url)) {
                sources.addFirst(new MapPropertySource("vigil durable H2", Map.of("spring.datasource.url", durable)));
            }
        });
        return app.run();
    }
}
