select count(*) from flow where title = 'Nightly'
select count(*) from ops.task where label = 'backup'
