package dev.plumb.reader;

import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.ExecutionOptions;

import java.util.Map;

/**
 * Execution options for Hibernate's schema tools that fail on the first problem instead of logging it, so that the
 * export and the validation Plumb runs can never pass half-done.
 *
 * @param manageNamespaces whether Hibernate creates the schemas tables live in ({@code create schema sales}), as with
 *                         {@code hibernate.hbm2ddl.create_namespaces=true}
 */
record FailFastOptions(Map<String, Object> settings, boolean manageNamespaces) implements ExecutionOptions {

    @Override
    public Map<String, Object> getConfigurationValues() {
        return settings;
    }

    @Override
    public boolean shouldManageNamespaces() {
        return manageNamespaces;
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return e -> {
            throw e;
        };
    }
}
