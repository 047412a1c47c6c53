INSERT INTO layer (id, title, description, table_name, id_column, geometry_type, attributes, style, illustrative,
                   source, sort_order, default_visible, editable, package_name, template, created_by, created_at)
VALUES (?, ?, ?, ?, 'id', ?, ?, ?, false, ?, (SELECT COALESCE(MAX(sort_order), 0) + 10 FROM layer), false, true,
        ?, ?, ?, ?)
