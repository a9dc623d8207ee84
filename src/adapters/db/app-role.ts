import { AppError } from '../../core/errors/app-error.ts';
import type { SqlExecutor } from './database.ts';

/**
 * Tables the application may read and append to but never change: the case history, its checkpoints and the read
 * audit (their triggers refuse UPDATE/DELETE/TRUNCATE too; the missing grants mean the server cannot even try).
 */
export const APPEND_ONLY_TABLES = ['case_events', 'audit_checkpoints', 'audit_checkpoint_heads', 'read_audit_log'] as const;

const ROLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The role a postgres:// URL signs in as (the application's role when migrations run as another one). */
export function roleOfDatabaseUrl(url: string): string {
  const role = decodeURIComponent(new URL(url).username);
  if (!ROLE_NAME.test(role)) {
    throw new AppError('CONFIG_INVALID', `configuration: DATABASE_URL: role "${role}" is not a plain identifier`, { field: 'DATABASE_URL', reason: 'role name' });
  }
  return role;
}

/**
 * Grants the application's role exactly what the server needs in the current schema, run by the owner after
 * migrations (idempotent): read and write on ordinary tables, read and insert only on the append-only ones and the
 * migration list, the sequences. No TRUNCATE, no TRIGGER, no ownership — so it cannot ALTER TABLE … DISABLE TRIGGER
 * or TRUNCATE, and without superuser it cannot SET session_replication_role.
 */
export async function grantApplicationRole(db: SqlExecutor, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`not a role name: ${role}`);
  const [row] = await db.execute<{ schema: string }>('select current_schema() as schema');
  const schema = `"${String(row?.schema).replace(/"/g, '""')}"`;
  const grantee = `"${role}"`;
  const appendOnly = [...APPEND_ONLY_TABLES, 'schema_migrations'].join(', ');
  await db.exec(`
grant usage on schema ${schema} to ${grantee};
grant select, insert, update, delete on all tables in schema ${schema} to ${grantee};
revoke update, delete, truncate, references, trigger on ${appendOnly} from ${grantee};
revoke insert on schema_migrations from ${grantee};
grant usage, select on all sequences in schema ${schema} to ${grantee};
`);
}
