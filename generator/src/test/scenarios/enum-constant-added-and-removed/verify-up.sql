select count(*) from ticket where status = 'OPEN'
select count(*) from ticket where status = 'CLOSED'
