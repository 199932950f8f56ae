-- Liquibase's two tables as Liquibase 4 creates them, with the changesets of the shop's changelog and a released lock.
create table databasechangeloglock (
    id integer not null,
    locked boolean not null,
    lockgranted timestamp,
    lockedby varchar(255),
    constraint pk_databasechangeloglock primary key (id)
);
insert into databasechangeloglock (id, locked) values (1, false);
create table databasechangelog (
    id varchar(255) not null,
    author varchar(255) not null,
    filename varchar(255) not null,
    dateexecuted timestamp not null,
    orderexecuted integer not null,
    exectype varchar(10) not null,
    md5sum varchar(35),
    description varchar(255),
    comments varchar(255),
    tag varchar(255),
    liquibase varchar(20),
    contexts varchar(255),
    labels varchar(255),
    deployment_id varchar(10)
);
insert into databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description,
        liquibase, deployment_id) values
    ('init-1', 'shop', 'db/changelog/001-init.yaml', timestamp '2025-03-02 10:15:00', 1, 'EXECUTED',
        '9:2b4f1f1a5e8d0c3b7a6e9f0d1c2b3a4e', 'createTable tableName=customer; ...', '4.29.2', '0910300001'),
    ('catalog-1', 'shop', 'db/changelog/002-catalog.yaml', timestamp '2025-03-02 10:15:01', 2, 'EXECUTED',
        '9:7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f', 'createTable tableName=product; ...', '4.29.2', '0910300001'),
    ('orders-1', 'shop', 'db/changelog/003-orders.yaml', timestamp '2025-04-11 08:02:44', 3, 'EXECUTED',
        '9:0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'createTable tableName=purchase_order; ...', '4.29.2', '4400960002'),
    ('views-1', 'shop', 'db/changelog/004-views.sql', timestamp '2025-09-15 12:30:00', 4, 'EXECUTED',
        '9:f0e1d2c3b4a5968778695a4b3c2d1e0f', 'sql', '4.29.2', '7760000003');
