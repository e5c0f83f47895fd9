-- The subtree's byte range (SubtreeRange: path ~>=~ 'p' and path ~<~ 'p/') on the tables the board reads
-- below a unit (Below): the pattern operators are leak-proof, so under row-level security they run before
-- the policy, on these indexes, and only the subtree's rows are checked. task_count has its index from V62.
create index administrative_unit_path_pattern_idx on administrative_unit (path varchar_pattern_ops);
create index assessment_unit_path_pattern_idx on assessment (unit_path varchar_pattern_ops);
create index periodic_report_unit_path_pattern_idx on periodic_report (unit_path varchar_pattern_ops);
