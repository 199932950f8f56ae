-- up
drop index concurrently ix_tenant_active;
drop index concurrently ux_tenant_domain_lower;

-- down
create unique index concurrently ux_tenant_domain_lower on tenant ((lower(domain::text)));
create index concurrently ix_tenant_active on tenant (status, domain desc) where status::text = ANY (ARRAY['QUEUED'::character varying, 'RUNNING'::character varying]::text[]);
