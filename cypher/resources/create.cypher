// Creates one node of a resource; labels come from the allow-list. The Entity id constraint
// turns a duplicate id into a ConstraintValidationFailed error (409).
CREATE (n:Entity {id: $id})
SET n:$($labels)
SET n += $props,
    n.location = CASE WHEN $location IS NULL THEN null ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END,
    n.createdAt = datetime(),
    n.updatedAt = datetime(),
    n.version = 1
RETURN n
