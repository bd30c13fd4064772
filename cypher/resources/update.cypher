// Replaces a locked node's editable properties (the service computed the full new map) and
// bumps version and updatedAt; system fields are carried over.
MATCH (n:Entity {id: $id})
WITH n, n.createdAt AS createdAt, n.version AS version, n.sample AS sample, n.approximate AS approximate
SET n = $props
SET n.id = $id,
    n.location = CASE WHEN $location IS NULL THEN null ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END,
    n.createdAt = createdAt,
    n.updatedAt = datetime(),
    n.version = version + 1,
    n.sample = sample,
    n.approximate = approximate
WITH n
REMOVE n:$($removeLabels)
SET n:$($addLabels)
RETURN n
