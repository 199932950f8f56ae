-- up
create unique index concurrently uk_account_tenant_login on account (tenant, login);
alter table account add constraint uk_account_tenant_login unique using index uk_account_tenant_login;

-- down
alter table account drop constraint uk_account_tenant_login;
