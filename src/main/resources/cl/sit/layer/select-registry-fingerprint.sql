-- What changes when any layer is created, restyled or edited, on any instance (RegistrySync).
SELECT COUNT(*), COALESCE(SUM(generation), 0), MAX(changed_at) FROM layer_generation
