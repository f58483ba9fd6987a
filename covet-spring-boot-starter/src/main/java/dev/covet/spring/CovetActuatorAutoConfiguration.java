package dev.covet.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Covet set up: a {@code covet} health indicator when Spring Boot Actuator is present, and the
 * meters of {@link CovetMetrics} when Micrometer is there and the application has a {@link MeterRegistry}.
 * (After {@link CovetAutoConfiguration} and Boot's registries, so that the {@link CovetSetup} and
 * {@link MeterRegistry} beans are known when these conditions are read.)
 */
@AutoConfiguration(after = CovetAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnBean(CovetSetup.class)
public class CovetActuatorAutoConfiguration {
    /** Made by Spring Boot, from the auto-configuration imports. */
    public CovetActuatorAutoConfiguration() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("covet")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "covetHealthIndicator")
        HealthIndicator covetHealthIndicator(CovetSetup covet) {
            return new CovetHealthIndicator(covet.runtime());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {
        @Bean(destroyMethod = "close")
        @ConditionalOnBean(MeterRegistry.class)
        @ConditionalOnMissingBean
        CovetMetrics covetMetrics(CovetSetup covet, MeterRegistry registry) {
            return new CovetMetrics(covet.runtime(), registry);
        }
    }
}
