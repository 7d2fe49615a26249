create subscription sub_a
    connection 'host=127.0.0.1 dbname=nowhere'
    publication pub_x, pub_y
    with (connect = false, create_slot = false, enabled = false, slot_name = none, binary = true);
