package dev.covet.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.covet.orm.exception.CovetException;
import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.sql.Dialects;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.Properties;

/**
 * Gives the application's HikariCP pool the driver properties Covet's dialect needs from the moment a
 * connection opens ({@link dev.covet.orm.sql.ConnectionSettings#givenDataSourceProperties()}: on SQLite, foreign
 * keys on and {@code BEGIN IMMEDIATE}, which cannot be set inside the transaction Spring begins before
 * Covet meets the connection). Runs before the pool opens its first connection; a property the
 * application set itself is kept.
 */
final class GivenPoolSettings implements BeanPostProcessor {
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:")) {
            DatabaseUrl url;
            try {
                url = DatabaseUrl.parse(pool.getJdbcUrl().substring("jdbc:".length()));
            } catch (CovetException notCovets) {
                return bean;   // a URL Covet cannot read needs no properties of Covet's
            }
            Properties properties = pool.getDataSourceProperties();
            Dialects.forUrl(url).connection().givenDataSourceProperties().forEach(properties::putIfAbsent);
        }
        return bean;
    }
}
