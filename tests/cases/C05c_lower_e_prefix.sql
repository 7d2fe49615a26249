SELECT e'x\';y'; SELECT 2;
