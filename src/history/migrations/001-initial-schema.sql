-- Run history as GitHub reports it. Times are UTC milliseconds since the epoch (BIGINT `*_ms`): durations are
-- plain subtractions and no time zone can sneak in; the `*_v` views show them as TIMESTAMP for people.
-- No PRIMARY KEY on the large tables: the write path deletes a record's previous copy and inserts the new one
-- inside one transaction, which keeps ids unique without paying for an index on millions of steps.

CREATE SEQUENCE repo_ids START 1;

CREATE TABLE repos (
  id INTEGER PRIMARY KEY DEFAULT nextval('repo_ids'),
  owner VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  UNIQUE (owner, name)
);

CREATE TABLE workflows (
  repo_id INTEGER NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR NOT NULL,
  path VARCHAR NOT NULL,
  state VARCHAR NOT NULL,
  PRIMARY KEY (repo_id, id)
);

-- A run known only through its jobs (a jobs listing imported without the run) is a placeholder: id, repo and
-- the workflow name the jobs carry; the rest stays null until the run itself is written.
CREATE TABLE runs (
  repo_id INTEGER NOT NULL,
  id BIGINT NOT NULL,
  placeholder BOOLEAN NOT NULL,
  workflow_id BIGINT,
  name VARCHAR,
  path VARCHAR,
  event VARCHAR,
  head_branch VARCHAR,
  head_sha VARCHAR,
  status VARCHAR,
  conclusion VARCHAR,
  run_number INTEGER,
  run_attempt INTEGER,
  created_at_ms BIGINT,
  updated_at_ms BIGINT,
  run_started_at_ms BIGINT,
  pull_requests VARCHAR
);

-- One row per attempt that has jobs, derived from the jobs on every write.
CREATE TABLE run_attempts (
  run_id BIGINT NOT NULL,
  attempt INTEGER NOT NULL,
  jobs INTEGER NOT NULL,
  first_started_at_ms BIGINT,
  last_completed_at_ms BIGINT
);

CREATE TABLE jobs (
  repo_id INTEGER NOT NULL,
  id BIGINT NOT NULL,
  run_id BIGINT NOT NULL,
  run_attempt INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  workflow_name VARCHAR,
  status VARCHAR,
  conclusion VARCHAR,
  created_at_ms BIGINT,
  started_at_ms BIGINT,
  completed_at_ms BIGINT,
  runner_name VARCHAR,
  runner_group_name VARCHAR,
  -- The `runs-on` labels joined by `,` in GitHub's order: the key the price table is looked up by.
  labels VARCHAR NOT NULL
);

CREATE TABLE job_labels (
  job_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  label VARCHAR NOT NULL
);

CREATE TABLE steps (
  job_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  status VARCHAR,
  conclusion VARCHAR,
  started_at_ms BIGINT,
  completed_at_ms BIGINT
);

CREATE TABLE sync_cursors (
  repo_id INTEGER NOT NULL,
  workflow_id BIGINT NOT NULL,
  complete_before_ms BIGINT NOT NULL,
  PRIMARY KEY (repo_id, workflow_id)
);

CREATE TABLE etags (
  url VARCHAR PRIMARY KEY,
  etag VARCHAR NOT NULL
);

CREATE VIEW jobs_v AS
  SELECT * EXCLUDE (created_at_ms, started_at_ms, completed_at_ms),
    make_timestamp(created_at_ms * 1000) AS created_at,
    make_timestamp(started_at_ms * 1000) AS started_at,
    make_timestamp(completed_at_ms * 1000) AS completed_at
  FROM jobs;

CREATE VIEW runs_v AS
  SELECT * EXCLUDE (created_at_ms, updated_at_ms, run_started_at_ms),
    make_timestamp(created_at_ms * 1000) AS created_at,
    make_timestamp(updated_at_ms * 1000) AS updated_at,
    make_timestamp(run_started_at_ms * 1000) AS run_started_at
  FROM runs;
