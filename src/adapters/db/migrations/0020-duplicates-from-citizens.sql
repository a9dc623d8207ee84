-- A repeated application that reaches the provider through the gateway (portal, or the State Corporation's desk) is
-- kept too (issue #19: one filing path for every channel). A citizen's own portal application has no staff member who
-- received it: received_by stays empty then; an operator's keeps the operator.
alter table duplicate_applications alter column received_by drop not null;
