package dev.plumb.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the history table: one row per applied migration.
 *
 * <p>The DDL is deliberately plain so it runs on PostgreSQL, H2, MariaDB and MySQL alike, but for the type of
 * {@code applied_at} ({@code datetime(6)} on MariaDB and MySQL, see {@code Dialects.timestampType}):
 * <pre>
 * create table plumb_schema_history (
 *     version      varchar(50)  not null,
 *     description  varchar(500) not null,
 *     checksum     varchar(64)  not null,              -- SHA-256 hex of the up SQL for this dialect
 *     applied_at   timestamp    not null,              -- UTC
 *     applied_by   varchar(100) not null,
 *     execution_ms bigint       not null,
 *     state        varchar(10)  not null,              -- HistoryState: APPLIED, PARTIAL, FAILED, RESUME, BASELINE
 *     statements_done int       not null,              -- progress of a non-transactional migration
 *     failure      varchar(500),                       -- why a FAILED migration stopped
 *     constraint plumb_schema_history_pk primary key (version)
 * )
 * </pre>
 * The primary key is named: H2 names an unnamed constraint {@code CONSTRAINT_<n>} from a counter, and a baseline
 * migration replayed on a scratch database names its constraints as the adopted database had them, such as
 * {@code CONSTRAINT_7}; an unnamed key created first would take that name. {@code H2RowLock} names its key for the
 * same reason. The key is declared at table level because MariaDB and MySQL accept no {@code constraint} clause in a
 * column definition (they keep the key's name {@code PRIMARY} whatever it is called).
 * {@code applied_at} has no time zone (MariaDB has no {@code timestamp with time zone}); the runtime always writes
 * and reads it as UTC.
 */
final class HistoryRepository {

    static final int DESCRIPTION_LENGTH = 500;
    static final int APPLIED_BY_LENGTH = 100;

    /**
     * "Undefined table": PostgreSQL's 42P01, the standard 42S02 (H2, MariaDB), and the 42S03 / 42S04 H2 2.x
     * reports when it suggests other names or the database is empty (checked on H2 2.5.252), see
     * <a href="https://h2database.com/javadoc/org/h2/api/ErrorCode.html">H2 ErrorCode</a>.
     */
    private static final Set<String> MISSING_TABLE_STATES = Set.of("42P01", "42S02", "42S03", "42S04");

    private static final String COLUMNS = "version, description, checksum, applied_at, applied_by, execution_ms,"
            + " state, statements_done, failure";

    private final Connection connection;
    private final TableName table;

    HistoryRepository(Connection connection, TableName table) {
        this.connection = connection;
        this.table = table;
    }

    /**
     * Every row in version order, in one query, creating the table when it is missing. Callers hold the migration
     * lock, so two processes never race to create it. Trying the read first, rather than {@code create table if
     * not exists}, keeps start-up to one query and works for users without the right to create tables.
     */
    List<AppliedMigration> readOrCreate() throws SQLException {
        Optional<List<AppliedMigration>> rows = readIfExists();
        if (rows.isPresent()) {
            return rows.get();
        }
        Dialect dialect = Dialects.of(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table " + table.sql() + " ("
                    + "version varchar(50) not null, "
                    + "description varchar(" + DESCRIPTION_LENGTH + ") not null, "
                    + "checksum varchar(64) not null, "
                    + "applied_at " + Dialects.timestampType(dialect) + " not null, "
                    + "applied_by varchar(" + APPLIED_BY_LENGTH + ") not null, "
                    + "execution_ms bigint not null, "
                    + "state varchar(10) not null, "
                    + "statements_done int not null, "
                    + "failure varchar(" + DESCRIPTION_LENGTH + "), "
                    + "constraint " + table.name() + "_pk primary key (version))");
        }
        return List.of();
    }

    /**
     * Every row in version order, in one query; empty when the table does not exist, which is recognised by the
     * standard SQL state of the failed read. The connection must be in auto-commit, so that failure aborts no
     * transaction. Nothing is created, so {@code pending} and {@code status} change nothing.
     */
    Optional<List<AppliedMigration>> readIfExists() throws SQLException {
        try {
            return Optional.of(readAll());
        } catch (SQLException e) {
            if (MISSING_TABLE_STATES.contains(e.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private List<AppliedMigration> readAll() throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery("select " + COLUMNS + " from " + table.sql())) {
            while (resultSet.next()) {
                rows.add(new AppliedMigration(resultSet.getString(1), resultSet.getString(2), resultSet.getString(3),
                        resultSet.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        resultSet.getString(5), Duration.ofMillis(resultSet.getLong(6)),
                        HistoryState.valueOf(resultSet.getString(7)), resultSet.getInt(8),
                        Optional.ofNullable(resultSet.getString(9))));
            }
        }
        rows.sort((a, b) -> VersionComparator.INSTANCE.compare(a.version(), b.version()));
        return rows;
    }

    void insert(AppliedMigration row) throws SQLException {
        String sql = "insert into " + table.sql() + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, row.version());
            statement.setString(2, truncate(row.description(), DESCRIPTION_LENGTH));
            statement.setString(3, row.checksum());
            statement.setObject(4, LocalDateTime.ofInstant(row.appliedAt(), ZoneOffset.UTC));
            statement.setString(5, truncate(row.appliedBy(), APPLIED_BY_LENGTH));
            statement.setLong(6, row.executionTime().toMillis());
            statement.setString(7, row.state().name());
            statement.setInt(8, row.statementsDone());
            statement.setString(9, row.failure().map(f -> truncate(f, DESCRIPTION_LENGTH)).orElse(null));
            statement.executeUpdate();
        }
    }

    /** Records the progress of a non-transactional migration: its state and how many statements ran. */
    void progress(String version, HistoryState state, int statementsDone, Optional<String> failure)
            throws SQLException {
        update(version, "state = ?, statements_done = ?, failure = ?", state.name(), statementsDone,
                failure.map(f -> truncate(f, DESCRIPTION_LENGTH)).orElse(null));
    }

    /** Marks a migration applied completely, with when it finished and how long it took. */
    void complete(String version, String checksum, Duration executionTime) throws SQLException {
        update(version, "state = ?, checksum = ?, execution_ms = ?, failure = null", HistoryState.APPLIED.name(),
                checksum, executionTime.toMillis());
    }

    private void update(String version, String assignments, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update " + table.sql() + " set " + assignments + " where version = ?")) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.setString(values.length + 1, version);
            statement.executeUpdate();
        }
    }

    void delete(String version) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from " + table.sql() + " where version = ?")) {
            statement.setString(1, version);
            statement.executeUpdate();
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
