-- up
create table ticket (
    kind tinyint,
    weight double,
    id bigint not null auto_increment,
    primary key (id),
    check (kind between 0 and 0),
    check (weight >= 0.0 and not (weight > 1000) and weight != 7)
);

-- down
drop table ticket;
