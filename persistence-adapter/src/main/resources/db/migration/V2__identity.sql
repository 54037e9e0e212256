-- Identity on the seed tables.
--
-- Sessions keep only the SHA-256 of their token (64 lower-case hex digits), never the token.
-- Sessions written by the original DBKeep hold raw tokens: hash them, so people signed in there
-- stay signed in once DBKeep runs with the same secret.
update session
   set token = encode(sha256(convert_to(token, 'UTF8')), 'hex')
 where token !~ '^[0-9a-f]{64}$';
comment on column session.token is 'SHA-256 of the session token, as 64 lower-case hex digits';

-- Expired sessions and verifications are purged by expiry.
create index session_expires_at_idx on session (expires_at);
create index verification_expires_at_idx on verification (expires_at);

-- An identity at a provider belongs to one user.
create unique index account_provider_account_idx on account (provider_id, account_id);

comment on column verification.identifier is
    '<purpose>:<SHA-256 of the token>; purposes: reset-password, email-verification, oauth-state';
