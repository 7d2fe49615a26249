alter default privileges in schema public grant select, insert on tables to public;

alter default privileges grant usage on sequences to public;

alter default privileges for role postgres revoke execute on functions from public;

alter default privileges in schema public grant execute on functions to public;

alter default privileges revoke usage on types from public;
