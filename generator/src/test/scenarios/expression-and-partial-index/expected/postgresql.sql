-- up
create index ix_tenant_active on tenant (status, domain desc) where status in ('QUEUED', 'RUNNING');
create unique index ux_tenant_domain_lower on tenant ((lower(domain)));

-- down
drop index ux_tenant_domain_lower;
drop index ix_tenant_active;
