using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanBackend.Infrastructure.Persistence.Migrations;

/// <summary>The Identity module: users, roles and refresh tokens in the identity schema.</summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261122060000_CreateIdentitySchema")]
public sealed class CreateIdentitySchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE SCHEMA IF NOT EXISTS identity;

            CREATE TABLE identity.roles (
                id smallint NOT NULL,
                name character varying(32) NOT NULL,
                CONSTRAINT pk_roles PRIMARY KEY (id)
            );
            CREATE UNIQUE INDEX ix_roles_name ON identity.roles (name);
            INSERT INTO identity.roles (id, name) VALUES (1, 'User'), (2, 'Moderator'), (3, 'Admin');

            CREATE TABLE identity.users (
                id uuid NOT NULL,
                username character varying(32) NOT NULL,
                normalized_username character varying(32) NOT NULL,
                email character varying(254) NOT NULL,
                normalized_email character varying(254) NOT NULL,
                password_hash text NOT NULL,
                bio text,
                image text,
                is_active boolean NOT NULL,
                metadata jsonb NOT NULL,
                security_stamp uuid NOT NULL,
                created_at timestamp with time zone NOT NULL,
                updated_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_users PRIMARY KEY (id)
            );
            CREATE UNIQUE INDEX ix_users_normalized_username ON identity.users (normalized_username);
            CREATE UNIQUE INDEX ix_users_normalized_email ON identity.users (normalized_email);
            CREATE INDEX ix_users_active_created_at_id ON identity.users (created_at DESC, id DESC) WHERE is_active;
            CREATE INDEX ix_users_metadata ON identity.users USING gin (metadata jsonb_path_ops);

            CREATE TABLE identity.user_roles (
                user_id uuid NOT NULL,
                role_id smallint NOT NULL,
                CONSTRAINT pk_user_roles PRIMARY KEY (user_id, role_id),
                CONSTRAINT fk_user_roles_roles_role_id FOREIGN KEY (role_id) REFERENCES identity.roles (id) ON DELETE RESTRICT,
                CONSTRAINT fk_user_roles_users_user_id FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_user_roles_role_id ON identity.user_roles (role_id);

            CREATE TABLE identity.refresh_tokens (
                id uuid NOT NULL,
                user_id uuid NOT NULL,
                family_id uuid NOT NULL,
                token_hash character varying(64) NOT NULL,
                created_at timestamp with time zone NOT NULL,
                expires_at timestamp with time zone NOT NULL,
                revoked_at timestamp with time zone,
                replaced_by_id uuid,
                CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
                CONSTRAINT fk_refresh_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE
            );
            CREATE UNIQUE INDEX ix_refresh_tokens_token_hash ON identity.refresh_tokens (token_hash);
            CREATE INDEX ix_refresh_tokens_family_id ON identity.refresh_tokens (family_id);
            CREATE INDEX ix_refresh_tokens_user_id ON identity.refresh_tokens (user_id);
            CREATE INDEX ix_refresh_tokens_expires_at ON identity.refresh_tokens (expires_at);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP SCHEMA identity CASCADE;");
    }
}
