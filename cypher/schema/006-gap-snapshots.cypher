// Dated snapshots of gap scores, to show progress over time.
CREATE CONSTRAINT gap_snapshot_id IF NOT EXISTS FOR (s:GapSnapshot) REQUIRE s.id IS UNIQUE;
CREATE RANGE INDEX gap_snapshot_country IF NOT EXISTS FOR (s:GapSnapshot) ON (s.country, s.takenAt);
