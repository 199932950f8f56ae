package dev.plumb.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One database of the online benchmark on the server at the admin URL: created empty, filled after Plumb created its
 * tables, asked afterwards whether the migration completed, dropped at the end.
 */
final class OnlineDatabase {

    static final int ACCOUNTS = 1000;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    OnlineDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** The database's URL, with an application name so that its sessions read as Plumb's in the samples. */
    String url() {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        String rest = query < 0 ? "" : adminUrl.substring(query + 1) + "&";
        return adminUrl.substring(0, slash + 1) + name + "?" + rest + "ApplicationName=plumb-bench";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    void create() throws SQLException {
        admin("drop database if exists " + name, "create database " + name);
    }

    void drop() throws SQLException {
        admin("drop database if exists " + name + " with (force)");
    }

    /**
     * Fills the tables Plumb's first migration created: {@link #ACCOUNTS} accounts and {@code rows} items, each item
     * pointing at an account, with a unique code and a non-negative amount; one item in ten without a region (the
     * rows the backfill fills). {@code generate_series} keeps it to seconds; {@code vacuum analyze} leaves the table
     * as a long-lived one is (visibility map set, statistics known).
     */
    void load(int rows) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into account (id, name) select g, 'account ' || g from generate_series(1, "
                    + ACCOUNTS + ") g");
            statement.execute("insert into item (id, code, account_id, amount, region, created_at, note)"
                    + " select g, 'C' || g, 1 + g % " + ACCOUNTS + ", g % 1000,"
                    + " case when g % 10 = 0 then null else 'eu' end,"
                    + " timestamp '2026-01-01' + g * interval '1 second', md5(g::text)"
                    + " from generate_series(1, " + rows + ") g");
            statement.execute("vacuum analyze account, item");
        }
    }

    long rowCount() throws SQLException {
        return single("select count(*) from item");
    }

    static String serverVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1).replaceAll(" on .*", "");
        }
    }

    String serverVersion() throws SQLException {
        try (Connection connection = connect()) {
            return serverVersion(connection);
        }
    }

    /**
     * What the migration left that it should not have, or an empty list: each object present and valid (an index
     * built concurrently and interrupted stays {@code INVALID}; a constraint added {@code not valid} and never
     * validated has {@code convalidated} false), and {@code region} NOT NULL with no row left without one.
     */
    List<String> missing() throws SQLException {
        List<String> missing = new ArrayList<>();
        check(missing, "index ix_item_created_at (valid)", "select count(*) from pg_index i join pg_class c"
                + " on c.oid = i.indexrelid where c.relname = 'ix_item_created_at' and i.indisvalid");
        for (String constraint : List.of("uk_item_code", "fk_item_account", "ck_item_amount")) {
            check(missing, constraint + " (validated)", "select count(*) from pg_constraint where conname = '"
                    + constraint + "' and convalidated and conrelid = 'item'::regclass");
        }
        check(missing, "item.region not null", "select count(*) from pg_attribute where attrelid = 'item'::regclass"
                + " and attname = 'region' and attnotnull");
        check(missing, "no invalid index left", "select 1 - count(*) from pg_index where not indisvalid");
        return missing;
    }

    private void check(List<String> missing, String what, String countSql) throws SQLException {
        if (single(countSql) < 1) {
            missing.add(what);
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void admin(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
