-- up
alter table customer modify column name varchar(250) not null;

-- down
alter table customer modify column name varchar(100) not null;
