CREATE TABLE IF NOT EXISTS support_requests (
    id serial PRIMARY KEY,
    user_id integer,
    message text NOT NULL,
    is_resolved boolean NOT NULL DEFAULT false,
    created_at timestamp NOT NULL DEFAULT now()
);
