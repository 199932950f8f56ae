-- up
create index concurrently ix_tenant_active on tenant (status, domain desc) where status in ('QUEUED', 'RUNNING');
create unique index concurrently ux_tenant_domain_lower on tenant ((lower(domain)));

-- down
drop index concurrently ux_tenant_domain_lower;
drop index concurrently ix_tenant_active;
