-- Engine, version 2: persistent schedules and work queues (db-scheduler), dead letters, job-run details.
-- One db-scheduler table per queue: a scheduler instance only resolves the tasks of its own table, and each queue
-- gets its own concurrency. The binary_type placeholder is BLOB on H2 and BYTEA on PostgreSQL (see Database).

CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100)             NOT NULL,
    task_instance         VARCHAR(100)             NOT NULL,
    task_data             ${binary_type},
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
CREATE TABLE queue_sync (
    task_name             VARCHAR(100)             NOT NULL,
    task_instance         VARCHAR(100)             NOT NULL,
    task_data             ${binary_type},
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT pk_queue_sync PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_queue_sync_execution_time ON queue_sync (execution_time);
CREATE INDEX ix_queue_sync_last_heartbeat ON queue_sync (last_heartbeat);
CREATE INDEX ix_queue_sync_priority_execution_time ON queue_sync (priority DESC, execution_time ASC);
CREATE TABLE queue_webhooks (
    task_name             VARCHAR(100)             NOT NULL,
    task_instance         VARCHAR(100)             NOT NULL,
    task_data             ${binary_type},
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT pk_queue_webhooks PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_queue_webhooks_execution_time ON queue_webhooks (execution_time);
CREATE INDEX ix_queue_webhooks_last_heartbeat ON queue_webhooks (last_heartbeat);
CREATE INDEX ix_queue_webhooks_priority_execution_time ON queue_webhooks (priority DESC, execution_time ASC);
CREATE TABLE queue_analytics (
    task_name             VARCHAR(100)             NOT NULL,
    task_instance         VARCHAR(100)             NOT NULL,
    task_data             ${binary_type},
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT pk_queue_analytics PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_queue_analytics_execution_time ON queue_analytics (execution_time);
CREATE INDEX ix_queue_analytics_last_heartbeat ON queue_analytics (last_heartbeat);
CREATE INDEX ix_queue_analytics_priority_execution_time ON queue_analytics (priority DESC, execution_time ASC);
CREATE TABLE queue_reports (
    task_name             VARCHAR(100)             NOT NULL,
    task_instance         VARCHAR(100)             NOT NULL,
    task_data             ${binary_type},
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT pk_queue_reports PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_queue_reports_execution_time ON queue_reports (execution_time);
CREATE INDEX ix_queue_reports_last_heartbeat ON queue_reports (last_heartbeat);
CREATE INDEX ix_queue_reports_priority_execution_time ON queue_reports (priority DESC, execution_time ASC);
CREATE TABLE queue_notifications (
    task_name             VARCHAR(100)             NOT NULL,
    task_instance         VARCHAR(100)             NOT NULL,
    task_data             ${binary_type},
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT pk_queue_notifications PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_queue_notifications_execution_time ON queue_notifications (execution_time);
CREATE INDEX ix_queue_notifications_last_heartbeat ON queue_notifications (last_heartbeat);
CREATE INDEX ix_queue_notifications_priority_execution_time ON queue_notifications (priority DESC, execution_time ASC);

-- Jobs that failed every retry: kept for the Jobs view and 'pulseport jobs', to retry or discard.
CREATE TABLE dead_letters (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    queue_name     VARCHAR(20)              NOT NULL,
    task_name      VARCHAR(100)             NOT NULL,
    task_instance  VARCHAR(100)             NOT NULL,
    task_data      VARCHAR(4000),
    failed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts       INTEGER                  NOT NULL,
    error_code     VARCHAR(40),
    error_message  VARCHAR(2000),
    status         VARCHAR(16)              NOT NULL,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_dead_letters_status CHECK (status IN ('open', 'retried', 'discarded'))
);
CREATE INDEX ix_dead_letters_status ON dead_letters (status, failed_at);

ALTER TABLE job_runs ADD COLUMN queue_name VARCHAR(20);
ALTER TABLE job_runs ADD COLUMN task_instance VARCHAR(100);
