-- Replay protection shared by every replica: one row per accepted CDS client JWT, kept until the token could no
-- longer be accepted anyway. The primary key makes the insert the check: when two replicas race on one jti, exactly
-- one insert succeeds. Runs unchanged on H2 and PostgreSQL.
create table used_jwt (
	-- the JWT iss and jti as sent, or 'sha256:' and the hex digest of one longer than the column
	issuer varchar(255) not null,
	jti varchar(255) not null,
	-- the token's exp plus the clock skew; rows past it no longer count and are purged
	keep_until timestamp with time zone not null,
	primary key (issuer, jti)
);
create index used_jwt_by_expiry on used_jwt (keep_until);
