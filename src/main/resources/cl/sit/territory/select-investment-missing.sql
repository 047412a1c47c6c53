-- Whether memberships exist with no per-unit investment kept (a database older than schema V20).
SELECT EXISTS (SELECT 1 FROM investment_unit_share) AND NOT EXISTS (SELECT 1 FROM investment_unit_summary)
