alter default privileges for role postgres in schema public grant select, insert on tables to public;

alter default privileges for role postgres grant usage on sequences to public;

alter default privileges for role postgres revoke execute on functions from public;

alter default privileges for role postgres in schema public grant execute on functions to public;

alter default privileges for role postgres revoke usage on types from public;
