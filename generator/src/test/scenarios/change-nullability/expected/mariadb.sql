-- up
update customer set email = 'unknown@example.org' where email is null;
alter table customer modify column email varchar(200) not null;
alter table customer modify column name varchar(100);

-- down
alter table customer modify column name varchar(100) not null;
alter table customer modify column email varchar(200);
