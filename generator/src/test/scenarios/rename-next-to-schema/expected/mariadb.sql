-- up
alter table ops.job rename to ops.task;
alter table flow rename column display_name to title;

-- down
alter table flow rename column title to display_name;
alter table ops.task rename to ops.job;
