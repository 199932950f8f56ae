insert into tenant (id, domain, status) values (1, 'Example.org', 'RUNNING')
insert into tenant (id, domain, status) values (2, 'example.net', 'DONE')
