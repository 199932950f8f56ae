-- up
alter table customer add column nickname varchar(40);

-- down
alter table customer drop column nickname;
