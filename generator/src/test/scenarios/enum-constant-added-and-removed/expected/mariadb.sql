-- up
alter table ticket modify column status enum('CLOSED','ESCALATED','OPEN');

-- down
alter table ticket modify column status enum('ARCHIVED','CLOSED','OPEN');
