-- up
alter table ops.job rename to task;
alter index if exists ops.job_pkey rename to task_pkey;
alter table flow rename column display_name to title;

-- down
alter table flow rename column title to display_name;
alter table ops.task rename to job;
alter index if exists ops.task_pkey rename to job_pkey;
