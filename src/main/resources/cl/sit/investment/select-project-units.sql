-- A project's shares in the units above its communes in force today (provinces, the region, custom territories),
-- from the membership model (investment_unit_share): each the sum of its communes' shares, or for a drawn zone the
-- part of the project inside it. Administrative units first (region, then provinces), then custom ones by name.
SELECT u.unidad, COALESCE(t.nombre, c.nombre), u.nivel, u.share
FROM investment_unit_share u
LEFT JOIN territory t ON t.cut = u.unidad
LEFT JOIN custom_territory c ON c.codigo = u.unidad
WHERE u.project_id = ? AND u.nivel IN ('region', 'provincia', 'personalizado')
  AND COALESCE(t.nombre, c.nombre) IS NOT NULL
ORDER BY CASE u.nivel WHEN 'region' THEN 0 WHEN 'provincia' THEN 1 ELSE 2 END, COALESCE(t.nombre, c.nombre), u.unidad
