package dev.covet.spring;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.List;

/**
 * Sets Covet up on the application's {@link DataSource} ({@code spring.datasource.*}) as its
 * {@code default} database, with the models found under {@code covet.packages} (default: the
 * application's package), joining Spring's transactions ({@link SpringTransactions}). Then runs the
 * {@link CovetInitializer}s. The first context to set Covet up gets the JVM's default runtime; another
 * context alive at the same time gets a runtime of its own ({@link CovetSetup#runtime()}, also a
 * {@link CovetRuntime} bean), which Spring's test methods on that context run inside
 * ({@link CovetTestExecutionListener}), and its servlet requests ({@link CovetWebAutoConfiguration}).
 * {@link CovetActuatorAutoConfiguration} adds a health indicator and statement timings.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass({Covet.class, DataSource.class})
@EnableConfigurationProperties(CovetProperties.class)
public class CovetAutoConfiguration {
    /** Made by Spring Boot, from the auto-configuration imports. */
    public CovetAutoConfiguration() {
    }

    /** Gives the application's pool the driver properties Covet needs from a connection's opening. */
    @Bean
    static GivenPoolSettings covetGivenPoolSettings() {
        return new GivenPoolSettings();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnMissingBean
    CovetSetup covetSetup(DataSource dataSource, CovetProperties properties, BeanFactory beanFactory,
                          ObjectProvider<CovetInitializer> initializers) {
        CovetRequirements.check(dataSource, getClass().getClassLoader());
        List<String> packages = properties.getPackages().isEmpty() && AutoConfigurationPackages.has(beanFactory)
                ? AutoConfigurationPackages.get(beanFactory)
                : properties.getPackages();
        Config config = Config.builder()
                .database(Config.DEFAULT, dataSource, db -> db
                        .outerTransactions(new SpringTransactions())
                        .dialect(properties.getDialect()))
                .models(ModelScanner.scan(packages, getClass().getClassLoader()))
                .strictLoading(properties.isStrictLoading())
                .build();
        CovetSetup covet = new CovetSetup(config);
        try {
            covet.runtime().run(() -> initializers.orderedStream().forEach(i -> i.initialize(covet)));
        } catch (RuntimeException e) {
            covet.close();
            throw e;
        }
        return covet;
    }

    /**
     * The context's runtime, to inject; {@link CovetSetup} closes it with the context. An application
     * that declares a {@link CovetRuntime} bean of its own keeps it as the one injected.
     */
    @Bean(destroyMethod = "")
    @ConditionalOnBean(CovetSetup.class)
    @ConditionalOnMissingBean(CovetRuntime.class)
    CovetRuntime covetRuntime(CovetSetup covet) {
        return covet.runtime();
    }

    /** {@code covet.create-tables=true}: the models' missing tables are created at start-up. */
    @Bean
    @ConditionalOnProperty(prefix = "covet", name = "create-tables", havingValue = "true")
    CovetInitializer covetCreateTables() {
        return covet -> covet.runtime().createTables();
    }
}
