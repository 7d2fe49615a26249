create access method heap2 type table handler heap_tableam_handler;

create access method idx2 type index handler bthandler;
