-- up
update customer set email = 'unknown@example.org' where email is null;
alter table customer alter column email set not null;
alter table customer alter column name drop not null;

-- down
alter table customer alter column name set not null;
alter table customer alter column email drop not null;
