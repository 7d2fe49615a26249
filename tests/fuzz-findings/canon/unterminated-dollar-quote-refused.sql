    RETURN NULL;
END
$$;
CREATE TRIGGER modlog_bulk_action_parent_delete
    AFTER DELETE ON modlog
    FOR EACH ROW
    WHEN (OLD.bulk_action_parent_id IS NOT NULL)
    EXECUTE FUNCTION r.modlog_child_count_decrement ();
