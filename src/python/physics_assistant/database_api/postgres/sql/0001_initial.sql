-- Users, classes, sessions, interactions, per-concept progress and preferences.

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    username      text        NOT NULL CHECK (username ~ '^[A-Za-z0-9_.-]{3,32}$'),
    password_hash text        NOT NULL,
    role          text        NOT NULL DEFAULT 'student' CHECK (role IN ('student', 'instructor', 'admin')),
    is_active     boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
-- Case-insensitive uniqueness: "Ada" and "ada" are the same person.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE user_preferences (
    user_id     bigint      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    preferences jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(preferences) = 'object'),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- An instructor owns classes; students are enrolled in them.
CREATE TABLE classes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    instructor_id bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (instructor_id, name)
);

CREATE TABLE class_members (
    class_id   bigint      NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    student_id bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (class_id, student_id)
);
CREATE INDEX class_members_student_idx ON class_members (student_id);

-- Durable record of tutoring sessions (the live state with its TTL is in Redis).
CREATE TABLE sessions (
    id                text        PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.:-]{1,128}$'),
    user_id           bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    metadata          jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL DEFAULT now(),
    last_activity_at  timestamptz NOT NULL DEFAULT now(),
    interaction_count integer     NOT NULL DEFAULT 0 CHECK (interaction_count >= 0)
);
CREATE INDEX sessions_user_idx ON sessions (user_id, created_at DESC);

CREATE TABLE interactions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- A client-chosen id is fine: recording an interaction creates the caller's session row first.
    session_id  text        REFERENCES sessions (id) ON DELETE SET NULL,
    topic       text        NOT NULL CHECK (length(topic) BETWEEN 1 AND 64),
    question    text        NOT NULL,
    answer      jsonb       NOT NULL,
    tools_used  jsonb       NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(tools_used) = 'array'),
    concepts    text[]      NOT NULL DEFAULT '{}',
    timings     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    success     boolean     NOT NULL,
    duration_ms integer     NOT NULL CHECK (duration_ms >= 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interactions_user_idx ON interactions (user_id, id DESC);
CREATE INDEX interactions_session_idx ON interactions (session_id) WHERE session_id IS NOT NULL;

-- Mastery per (student, knowledge-graph concept), updated with every recorded interaction.
CREATE TABLE concept_progress (
    user_id         bigint           NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    concept         text             NOT NULL,
    attempts        integer          NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    successes       integer          NOT NULL DEFAULT 0 CHECK (successes >= 0 AND successes <= attempts),
    mastery         double precision NOT NULL DEFAULT 0 CHECK (mastery >= 0 AND mastery <= 1),
    first_seen_at   timestamptz      NOT NULL DEFAULT now(),
    last_attempt_at timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, concept)
);
