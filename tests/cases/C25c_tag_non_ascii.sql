SELECT $é$ ; $é$; SELECT 2;
