CREATE INDEX pLseLset IN A--
--TOMIC
        ;;RETURN false;;
    END;

CREATE FUNCTION functests adta  Posrep