package dev.covet.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Covet's {@code covet.*} properties. The database itself is the application's DataSource
 * ({@code spring.datasource.*}).
 *
 * <pre>
 * covet.packages=com.example.shop.models     # where the models are; default: the application's package
 * covet.create-tables=true                   # create the models' missing tables at start-up
 * covet.strict-loading=true                  # touching an unloaded relation fails (the N+1 guard)
 * covet.dialect=postgresql                   # only for a driver whose product name Covet does not know
 * </pre>
 */
@ConfigurationProperties("covet")
public class CovetProperties {
    private List<String> packages = new ArrayList<>();
    private boolean createTables;
    private boolean strictLoading;
    private String dialect;

    /** The packages scanned for models (with their sub-packages); empty: the application's own package. */
    public List<String> getPackages() {
        return packages;
    }

    public void setPackages(List<String> packages) {
        this.packages = packages;
    }

    /** Create the tables of the models that have none at start-up ({@code Covet.createTables()}). */
    public boolean isCreateTables() {
        return createTables;
    }

    public void setCreateTables(boolean createTables) {
        this.createTables = createTables;
    }

    /** Make touching an unloaded relation fail everywhere. */
    public boolean isStrictLoading() {
        return strictLoading;
    }

    public void setStrictLoading(boolean strictLoading) {
        this.strictLoading = strictLoading;
    }

    /** The dialect, when the driver reports a product Covet does not know: sqlite, postgresql, mysql or mariadb. */
    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }
}
