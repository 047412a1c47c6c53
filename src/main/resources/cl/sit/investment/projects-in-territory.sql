-- One of the projects (placeholder "projects") touches one of the communes bound (array): fills in_territory of the stored alerts'
-- pages (ProjectsInTerritory). The one join to the projects' communes, to be replaced by a membership model.
EXISTS (SELECT 1 FROM investment_territory m0 WHERE m0.project_id IN ({projects}) AND m0.cut = ANY(?))
