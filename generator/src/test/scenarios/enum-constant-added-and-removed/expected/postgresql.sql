-- up
alter table ticket drop constraint ticket_status_check;
alter table ticket add constraint ticket_status_check check (status in ('OPEN','CLOSED','ESCALATED')) not valid;
alter table ticket validate constraint ticket_status_check;

-- down
alter table ticket drop constraint ticket_status_check;
alter table ticket add constraint ticket_status_check check (((status)::text = ANY ((ARRAY['OPEN'::character varying, 'CLOSED'::character varying, 'ARCHIVED'::character varying])::text[]))) not valid;
alter table ticket validate constraint ticket_status_check;
