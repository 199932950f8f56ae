-- up
alter table ticket alter column status set data type enum ('CLOSED','ESCALATED','OPEN');

-- down
alter table ticket alter column status set data type enum ('ARCHIVED','CLOSED','OPEN');
