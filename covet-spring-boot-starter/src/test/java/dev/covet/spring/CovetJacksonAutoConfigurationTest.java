package dev.covet.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covet.jackson.CovetModule;
import dev.covet.spring.models.Note;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Boot's ObjectMapper gets Covet's Jackson module when Jackson is present, and an application's own one wins. */
class CovetJacksonAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CovetJacksonAutoConfiguration.class));

    @Test
    void bootsObjectMapperWritesModelsThroughTheModule() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CovetModule.class);
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            assertThat(mapper.getRegisteredModuleIds()).contains(new CovetModule().getTypeId());
            Note n = new Note();
            n.text = "hello";
            assertThat(mapper.writeValueAsString(n)).isEqualTo("{\"id\":null,\"text\":\"hello\"}");
            assertThat(mapper.readValue("{\"text\":\"read\"}", Note.class).text).isEqualTo("read");
        });
    }

    @Test
    void anApplicationsOwnModuleReplacesIt() {
        runner.withBean(CovetModule.class, () -> new CovetModule().includeSensitive()).run(context -> {
            assertThat(context).hasSingleBean(CovetModule.class);
            assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds())
                    .contains(new CovetModule().includeSensitive().getTypeId());
        });
    }

    @Test
    void withoutJacksonNothingIsRegistered() {
        runner.withClassLoader(new FilteredClassLoader(ObjectMapper.class)).run(context ->
                assertThat(context).doesNotHaveBean(CovetModule.class));
    }
}
