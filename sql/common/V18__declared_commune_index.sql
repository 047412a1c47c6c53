-- The reconciliation list of a territory starts from the projects declaring one of its communes.
CREATE INDEX investment_project_declared_idx ON investment_project (comuna_declarada);
