// Geography: point indexes make point.distance() filters index-backed.
CREATE POINT INDEX stakeholder_location IF NOT EXISTS FOR (n:Stakeholder) ON (n.location);
CREATE POINT INDEX destination_location IF NOT EXISTS FOR (n:Destination) ON (n.location);
// Change tracking and list order.
CREATE RANGE INDEX entity_updated_at IF NOT EXISTS FOR (n:Entity) ON (n.updatedAt);
CREATE RANGE INDEX stakeholder_name IF NOT EXISTS FOR (n:Stakeholder) ON (n.name);
// Full-text search behind the q= filter.
CREATE FULLTEXT INDEX stakeholder_text IF NOT EXISTS FOR (n:Stakeholder) ON EACH [n.name, n.description];
CREATE FULLTEXT INDEX destination_text IF NOT EXISTS FOR (n:Destination) ON EACH [n.name, n.description];
CREATE FULLTEXT INDEX regulation_text IF NOT EXISTS FOR (n:Regulation) ON EACH [n.title, n.description];
CREATE FULLTEXT INDEX product_text IF NOT EXISTS FOR (n:Product) ON EACH [n.name, n.description];
CREATE FULLTEXT INDEX initiative_text IF NOT EXISTS FOR (n:Initiative) ON EACH [n.name, n.description];
