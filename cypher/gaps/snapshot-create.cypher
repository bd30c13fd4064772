// Stores a dated snapshot of the scores of one country (or the region, country 'region').
CREATE (s:GapSnapshot {id: $id, country: $country, takenAt: datetime(), scores: $scores, note: $note})
RETURN s
