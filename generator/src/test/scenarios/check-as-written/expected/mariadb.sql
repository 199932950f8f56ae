-- up
alter table run add constraint ck_run_attempts check (attempts >= 0 and (maxAttempts is null or attempts <= maxAttempts));
alter table run add constraint ck_run_finished_after_started check (finishedAt is null or startedAt is null or finishedAt >= startedAt);

-- down
alter table run drop constraint ck_run_finished_after_started;
alter table run drop constraint ck_run_attempts;
