-- Statistics of the stored alerts after they were all written again (the planner's choices rest on them).
ANALYZE investment_overlap, investment_screening
