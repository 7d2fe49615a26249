select 1; asdf; select 3;
