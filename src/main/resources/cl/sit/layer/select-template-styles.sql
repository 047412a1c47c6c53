-- Layers made from a template, with the style they hold now (LayerStyles.followTemplates).
SELECT id, template, style FROM layer WHERE template IS NOT NULL
