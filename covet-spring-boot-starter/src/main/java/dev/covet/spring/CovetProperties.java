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

    /** Made by Spring Boot, which binds the {@code covet.*} properties through the setters. */
    public CovetProperties() {
    }

    /** {@return the packages scanned for models, sub-packages included ({@code covet.packages}); empty: the application's own package} */
    public List<String> getPackages() {
        return packages;
    }

    /**
     * Sets {@code covet.packages}, where the models are.
     *
     * @param packages the packages to scan, sub-packages included; empty for the application's own package
     */
    public void setPackages(List<String> packages) {
        this.packages = packages;
    }

    /** {@return whether the models' missing tables are created at start-up ({@code covet.create-tables}, {@code Covet.createTables()})} */
    public boolean isCreateTables() {
        return createTables;
    }

    /**
     * Sets {@code covet.create-tables}.
     *
     * @param createTables true to create the models' missing tables at start-up
     */
    public void setCreateTables(boolean createTables) {
        this.createTables = createTables;
    }

    /** {@return whether touching an unloaded relation fails everywhere ({@code covet.strict-loading}, the N+1 guard)} */
    public boolean isStrictLoading() {
        return strictLoading;
    }

    /**
     * Sets {@code covet.strict-loading}.
     *
     * @param strictLoading true to make touching an unloaded relation fail instead of running a query
     */
    public void setStrictLoading(boolean strictLoading) {
        this.strictLoading = strictLoading;
    }

    /** {@return the dialect named by {@code covet.dialect}, or null to take it from the driver's product name} */
    public String getDialect() {
        return dialect;
    }

    /**
     * Sets {@code covet.dialect}, for a driver whose product name Covet does not know.
     *
     * @param dialect {@code sqlite}, {@code postgresql}, {@code mysql} or {@code mariadb}; null to ask the driver
     */
    public void setDialect(String dialect) {
        this.dialect = dialect;
    }
}
