-- Flyway's history table as Flyway 10 creates it, with the rows of the shop's seven migrations.
create table flyway_schema_history (
    installed_rank integer not null,
    version varchar(50),
    description varchar(200) not null,
    type varchar(20) not null,
    script varchar(1000) not null,
    checksum integer,
    installed_by varchar(100) not null,
    installed_on timestamp not null default current_timestamp,
    execution_time integer not null,
    success boolean not null,
    constraint flyway_schema_history_pk primary key (installed_rank)
);
create index flyway_schema_history_s_idx on flyway_schema_history (success);
insert into flyway_schema_history values
    (1, '1', 'init', 'SQL', 'V1__init.sql', 1520413785, 'shop', timestamp '2025-03-02 10:15:00', 212, true),
    (2, '2', 'catalog', 'SQL', 'V2__catalog.sql', -903324214, 'shop', timestamp '2025-03-02 10:15:01', 95, true),
    (3, '3', 'orders', 'SQL', 'V3__orders.sql', 77821033, 'shop', timestamp '2025-04-11 08:02:44', 143, true),
    (4, '4', 'reviews and wishlists', 'SQL', 'V4__reviews_and_wishlists.sql', 1193045, 'shop',
        timestamp '2025-06-20 16:40:10', 61, true),
    (5, '5', 'shedlock', 'SQL', 'V5__shedlock.sql', -19088743, 'shop', timestamp '2025-07-01 07:00:03', 12, true),
    (6, '6', 'order totals view', 'SQL', 'V6__order_totals_view.sql', 305419896, 'shop',
        timestamp '2025-09-15 12:30:00', 18, true),
    (7, '7', 'notifications', 'SQL', 'V7__notifications.sql', -559038737, 'shop', timestamp '2025-11-03 09:12:55',
        40, true);
