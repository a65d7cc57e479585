-- A partnership's own value of a local rule (e.g. the rapid review's target), within the rule's statutory bounds.
-- No row: the installation's default (lif.clocks.<rule>) applies.
create table partnership_rule (
    partnership_id varchar(100) not null,
    rule           varchar(100) not null,
    value          int not null,
    changed_by     varchar(200) not null,
    changed_at     timestamptz not null,
    primary key (partnership_id, rule)
);
