create table audit (id int, note text);

create procedure add_note(n text, i int default 0)
    security definer
    language sql
    as $$ insert into audit values (i, n) $$;

create procedure add_pair(a int, b int)
language sql
begin atomic
  insert into audit (id, note) values (a, 'first');
  insert into audit (id, note) values (b, 'second');
end;
