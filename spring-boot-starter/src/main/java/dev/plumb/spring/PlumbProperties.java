package dev.plumb.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The {@code plumb.*} properties of an application. The defaults are the CLI's, except the package, which follows
 * the convention Spring Boot users know from Flyway ({@code db.migration}), so an application that writes its
 * migrations there needs no property at all.
 */
@ConfigurationProperties(prefix = "plumb")
public class PlumbProperties {

    /** Whether pending migrations are applied at start-up. */
    private boolean enabled = true;

    /** Java package (with sub-packages) whose {@code dev.plumb.runtime.Migration} classes are the migrations. */
    private String migrationsPackage = "db.migration";

    /** How long start-up waits for another instance that holds the migration lock. */
    private Duration lockTimeout = Duration.ofSeconds(60);

    /** Whether a pending migration older than the newest applied one is applied instead of refused. */
    private boolean outOfOrder;

    /**
     * How long one statement of a transactional step may wait for a table lock before its step is rolled back and
     * retried, so that the application's own queries never queue behind it for longer (PostgreSQL); 0 waits.
     */
    private Duration lockTimeoutDdl = Duration.ofSeconds(2);

    /** How many times a step that gave up waiting for a lock is retried before start-up fails naming the blocker. */
    private int lockRetries = 5;

    /** How long one statement of a migration may run, replacing the role's own statement_timeout; 0: no limit. */
    private Duration statementTimeout = Duration.ZERO;

    /**
     * Adopts a database made before Plumb: when its history is empty, the migrations up to this version are
     * recorded as applied by other means and only later ones run.
     */
    private String baselineVersion;

    /** The history table, optionally schema-qualified. */
    private String historyTable = "plumb_schema_history";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isOutOfOrder() {
        return outOfOrder;
    }

    public void setOutOfOrder(boolean outOfOrder) {
        this.outOfOrder = outOfOrder;
    }

    public Duration getLockTimeoutDdl() {
        return lockTimeoutDdl;
    }

    public void setLockTimeoutDdl(Duration lockTimeoutDdl) {
        this.lockTimeoutDdl = lockTimeoutDdl;
    }

    public int getLockRetries() {
        return lockRetries;
    }

    public void setLockRetries(int lockRetries) {
        this.lockRetries = lockRetries;
    }

    public Duration getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public String getBaselineVersion() {
        return baselineVersion;
    }

    public void setBaselineVersion(String baselineVersion) {
        this.baselineVersion = baselineVersion;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }
}
