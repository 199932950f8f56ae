insert into run (id, startedAt, finishedAt, attempts, maxAttempts) values (1, timestamp '2026-01-01 10:00:00', timestamp '2026-01-01 11:00:00', 1, 3)
