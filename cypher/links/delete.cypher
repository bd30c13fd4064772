// Hard delete of one link by id (links carry no history of their own; the change feed records
// the deletion). Returns the version it had, or nothing when no such link exists.
MATCH ()-[r:LOCATED_IN|IN|WORKS_IN|ACTIVE_IN|PRODUCES|SUPPLIES|PARTNERS_WITH|MEMBER_OF|ACTIVE_AT|ISSUED_BY|APPLIES_TO|COVERS|ADDRESSES|RUNS|SUPPORTS|INVESTS_IN|TRAINS_IN|IN_SECTOR|BROADER]->()
WHERE r.id = $id
WITH r, r.version AS version
DELETE r
RETURN version
