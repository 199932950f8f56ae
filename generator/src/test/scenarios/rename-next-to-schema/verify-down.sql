select count(*) from flow where display_name = 'Nightly'
select count(*) from ops.job where label = 'backup'
