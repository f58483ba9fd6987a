package dev.covet.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covet.jackson.CovetModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link CovetModule} when Jackson is on the class path: Spring Boot's {@code ObjectMapper}
 * picks up every Jackson module bean, so controllers return models as their fields (relations as keys,
 * or nested when loaded) and never trigger a lazy load while writing them. An application's own
 * {@code CovetModule} bean (for example {@code new CovetModule().includeSensitive()}) replaces this one.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass({ObjectMapper.class, CovetModule.class})
public class CovetJacksonAutoConfiguration {
    /** Made by Spring Boot, from the auto-configuration imports. */
    public CovetJacksonAutoConfiguration() {
    }

    /**
     * The module, as a bean that Boot's {@code ObjectMapper} registers.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public CovetModule covetJacksonModule() {
        return new CovetModule();
    }
}
