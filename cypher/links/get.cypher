// One link by id. Every type is named so the planner seeks each type's id index (a dynamic
// type would scan all relationships); keep the list in step with REL_TYPES in src/domain/model.ts.
MATCH (a)-[r:LOCATED_IN|IN|WORKS_IN|ACTIVE_IN|PRODUCES|SUPPLIES|PARTNERS_WITH|MEMBER_OF|ACTIVE_AT|ISSUED_BY|APPLIES_TO|COVERS|ADDRESSES|RUNS|SUPPORTS|INVESTS_IN|TRAINS_IN|IN_SECTOR|BROADER]->(b)
WHERE r.id = $id
RETURN r, a.id AS from, b.id AS to
