// Snapshots of one country (or all), newest first.
// Scans the label on purpose: snapshots are few (one per country per review).
MATCH (s:GapSnapshot)
WHERE $country IS NULL OR s.country = $country
RETURN s
ORDER BY s.takenAt DESC
LIMIT $limit
