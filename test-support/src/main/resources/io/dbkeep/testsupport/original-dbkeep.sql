-- A database as the original DBKeep (Nuxt + Drizzle + Better Auth) leaves it: the tables of its
-- server/database/schema.ts as drizzle-kit creates them (constraint names included), no
-- flyway_schema_history, project.data as text and engines spelled the original's way. The sample
-- rows cover what adoption must keep or repair. Passwords are Better Auth scrypt hashes
-- (N=16384, r=16, p=1, dkLen=64 over the NFKC-normalised password; salt = the hex text of 16
-- random bytes; stored as "<salt>:<key hex>"):
--   ada@example.com  ada-old-password-1
--   zoe@example.com  "Zoë s€ﬁne pass" (with the U+FB01 ligature; NFKC turns it into "fi")

CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"role" text DEFAULT 'user',
	"banned" boolean DEFAULT false,
	"ban_reason" text,
	"ban_expires" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);

CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);

CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"engine" text DEFAULT 'postgresql' NOT NULL,
	"data" text,
	"user_id" text NOT NULL,
	"owner_id" text NOT NULL,
	"owner_type" text DEFAULT 'user' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "project" ADD CONSTRAINT "project_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;

INSERT INTO "user" ("id", "name", "email", "email_verified", "role", "banned", "created_at", "updated_at") VALUES
	('guest-user', 'Guest User', 'guest@local.dbkeep', true, 'user', false, '2025-03-01 09:00:00+00', '2025-03-01 09:00:00+00'),
	('u-ada', 'Ada Lovelace', 'ada@example.com', true, 'admin', false, '2025-03-02 10:00:00+00', '2025-03-02 10:00:00+00'),
	('u-zoe', 'Zoë Ünicode', 'zoe@example.com', false, NULL, NULL, '2025-03-03 11:00:00+00', '2025-03-03 11:00:00+00'),
	('u-bob', 'Bob', 'bob@example.com', true, 'user,admin', false, '2025-03-04 12:00:00+00', '2025-03-04 12:00:00+00');

INSERT INTO "account" ("id", "account_id", "provider_id", "user_id", "password", "created_at", "updated_at") VALUES
	('acc-ada', 'u-ada', 'credential', 'u-ada', '0f3c9a4b7e21d5c8a6b4f2e0d9c7b5a3:2e94e3e90dc4ebb1f14d84ab69a20d43a6f401d557172a6e165fda994121ac837ba6dad1cac1453a04f6a0a2755f09014ded6ef73a1ed981aa22b040290f95c8', '2025-03-02 10:00:00+00', '2025-03-02 10:00:00+00'),
	('acc-zoe', 'u-zoe', 'credential', 'u-zoe', '5e8d2c1b0a9f8e7d6c5b4a3928171605:1c77887d429853efeacf30cdf3e1c21eba553d463ae5db4bd90f705b7ee5df76fb76c787786a7d6d431c2f632927b90764daa2886ca010ebe09646f8666462e5', '2025-03-03 11:00:00+00', '2025-03-03 11:00:00+00');
INSERT INTO "account" ("id", "account_id", "provider_id", "user_id", "access_token", "scope") VALUES
	('acc-bob-gh', '4242', 'github', 'u-bob', 'gho_oldtoken', 'read:user,user:email');

INSERT INTO "session" ("id", "expires_at", "token", "user_id", "ip_address", "user_agent") VALUES
	('sess-ada', '2099-01-01 00:00:00+00', 'old-session-token-ada', 'u-ada', '203.0.113.7', 'Mozilla/5.0');

INSERT INTO "verification" ("id", "identifier", "value", "expires_at") VALUES
	('ver-1', 'reset-password:zoe@example.com', 'old-reset-token', '2099-01-01 00:00:00+00');

INSERT INTO "project" ("id", "name", "engine", "data", "user_id", "owner_id", "owner_type", "created_at", "updated_at") VALUES
	('11111111-1111-4111-8111-111111111111', 'Blog', 'postgresql',
	 '{"tables":[{"id":"t-users","name":"users","color":"#3b82f6","columns":[{"id":"c-id","name":"id","type":"SERIAL","primaryKey":true,"nullable":false,"unique":true},{"id":"c-email","name":"email","type":"VARCHAR","primaryKey":false,"nullable":false,"unique":true,"length":255}],"position":{"x":40,"y":40}}],"relations":[],"groups":[],"notes":[{"id":"n-1","content":"Ünïcødé ☃ survives","position":{"x":0,"y":300}}]}',
	 'u-ada', 'u-ada', 'user', '2025-04-01 08:00:00+00', '2025-04-02 09:30:00+00'),
	('22222222-2222-4222-8222-222222222222', 'Shop', 'MySQL',
	 '{"tables":[],"relations":[],"groups":[],"notes":[],"viewport":{"x":1.5,"y":-2,"zoom":0.75}}',
	 'u-ada', 'u-ada', 'user', '2025-04-03 08:00:00+00', '2025-04-03 08:00:00+00'),
	('33333333-3333-4333-8333-333333333333', 'Half saved', 'sqlite',
	 '{"tables":[{"id":"t1","name":"unfinished"',
	 'u-zoe', 'u-zoe', 'user', '2025-04-04 08:00:00+00', '2025-04-04 08:00:00+00'),
	('44444444-4444-4444-8444-444444444444', 'Never opened', 'postgresql',
	 NULL,
	 'u-zoe', 'u-zoe', 'user', '2025-04-05 08:00:00+00', '2025-04-05 08:00:00+00'),
	('55555555-5555-4555-8555-555555555555', 'Guest scratch', 'PostgreSQL',
	 '[1, 2, 3]',
	 'guest-user', 'guest-user', 'user', '2025-04-06 08:00:00+00', '2025-04-06 08:00:00+00'),
	('66666666-6666-4666-8666-666666666666', 'Legacy', 'oracle',
	 '{"tables":[],"relations":[],"groups":[],"notes":[]}',
	 'u-bob', 'u-bob', 'user', '2025-04-07 08:00:00+00', '2025-04-07 08:00:00+00'),
	('77777777-7777-4777-8777-777777777777', 'Twice named', 'postgres',
	 '{"tables":[],"relations":[],"groups":[],"notes":[],"name":"first","name":"second"}',
	 'u-bob', 'u-bob', 'user', '2025-04-08 08:00:00+00', '2025-04-08 08:00:00+00'),
	('88888888-8888-4888-8888-888888888888', 'Guest notes', 'sqlite',
	 '{"tables":[{"id":"t-notes","name":"notes","columns":[{"id":"c1","name":"body","type":"TEXT","primaryKey":false,"nullable":true,"unique":false}],"position":{"x":10,"y":20}}],"relations":[],"groups":[],"notes":[]}',
	 'guest-user', 'guest-user', 'user', '2025-04-09 08:00:00+00', '2025-04-09 10:00:00+00');
