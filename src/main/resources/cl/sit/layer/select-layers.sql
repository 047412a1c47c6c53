SELECT id, title, description, table_name, id_column, geometry_type, attributes, style, illustrative, source,
       default_visible, editable, package_name
FROM layer
ORDER BY sort_order, id
