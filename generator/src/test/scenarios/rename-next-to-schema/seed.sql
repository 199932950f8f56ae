insert into flow (display_name) values ('Nightly')
insert into ops.job (id, label) values (1, 'backup')
