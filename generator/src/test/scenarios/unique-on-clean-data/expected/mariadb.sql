-- up
alter table account add constraint uk_account_tenant_login unique (tenant, login);

-- down
alter table account drop index uk_account_tenant_login;
