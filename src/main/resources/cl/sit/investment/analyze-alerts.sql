-- PostgreSQL only (StoredAlerts): statistics of the stored alerts after they were all written again.
ANALYZE investment_overlap, investment_screening
