-- up
alter table run add constraint ck_run_attempts check (attempts >= 0 and (maxAttempts is null or attempts <= maxAttempts)) not valid;
alter table run validate constraint ck_run_attempts;
alter table run add constraint ck_run_finished_after_started check (finishedAt is null or startedAt is null or finishedAt >= startedAt) not valid;
alter table run validate constraint ck_run_finished_after_started;

-- down
alter table run drop constraint ck_run_finished_after_started;
alter table run drop constraint ck_run_attempts;
