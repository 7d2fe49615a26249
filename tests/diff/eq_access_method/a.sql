create access method heap2 type table handler heap_tableam_handler;

create access method btree2 type index handler bthandler;

create table t (id int) using heap2;
