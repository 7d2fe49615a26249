SELECT $1a$ ; $1a$; SELECT 2;
