SELECT e'x\';y'; SELECT E'\\'; SELECT 2;
