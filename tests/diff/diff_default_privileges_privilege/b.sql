alter default privileges in schema public grant select on tables to public;

alter default privileges grant usage on sequences to public;
