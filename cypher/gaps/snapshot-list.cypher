// Snapshots of one country (or all), newest first.
MATCH (s:GapSnapshot)
WHERE $country IS NULL OR s.country = $country
RETURN s
ORDER BY s.takenAt DESC
LIMIT $limit
