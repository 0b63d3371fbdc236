import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  deleteTokenMatches,
  hashDeleteToken,
  newDeleteToken,
  newShareId,
  type ShareStore,
  type StoredSnapshot,
} from './share-store.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Expired snapshots are purged at most this often, on the next call that comes by. */
const PURGE_EVERY_MS = MINUTE_MS;
/**
 * How long an expired snapshot is remembered (its content already erased) so that a late visitor
 * is told it expired, rather than that it never existed.
 */
const REMEMBER_EXPIRED_MS = 30 * DAY_MS;
const SCHEMA_VERSION = 1;

interface Row {
  json: string | null;
  created_at: number;
  expires_at: number;
}

/**
 * The default share store: one table in an embedded SQLite file (better-sqlite3), in WAL mode so
 * that readers never wait for a writer and several proxy processes on one machine may share the
 * file. For several machines, implement `ShareStore` on PostgreSQL instead.
 *
 * @example
 * const store = SqliteShareStore.open(config.shareDbPath);
 * const { id, deleteToken } = await store.put(json, expiresAt);
 */
export class SqliteShareStore implements ShareStore {
  readonly #db: Database.Database;
  readonly #now: () => Date;
  readonly #statements;
  #lastPurge = Number.NEGATIVE_INFINITY;

  private constructor(db: Database.Database, now: () => Date) {
    this.#db = db;
    this.#now = now;
    this.#statements = {
      insert: db.prepare(
        'INSERT INTO snapshots (id, json, delete_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      ),
      select: db.prepare<[string], Row>('SELECT json, created_at, expires_at FROM snapshots WHERE id = ?'),
      selectHash: db.prepare<[string], { delete_hash: Buffer }>(
        'SELECT delete_hash FROM snapshots WHERE id = ?',
      ),
      remove: db.prepare('DELETE FROM snapshots WHERE id = ?'),
      erase: db.prepare('UPDATE snapshots SET json = NULL WHERE expires_at <= ? AND json IS NOT NULL'),
      forget: db.prepare('DELETE FROM snapshots WHERE expires_at <= ?'),
    };
  }

  /**
   * Opens (or creates, with its folder) the store at `file`; `:memory:` keeps it in memory. Throws
   * an Error naming the file and PLAYGROUND_SHARE_DB when the file cannot be opened.
   */
  static open(file: string, options: { now?: () => Date } = {}): SqliteShareStore {
    let db: Database.Database;
    try {
      if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL'); // WAL keeps the file consistent; a power cut may lose the last publish
      db.pragma('busy_timeout = 5000'); // another process writing the same file: wait, do not fail
      migrate(db);
    } catch (err) {
      throw new Error(
        `The share store could not open ${file}: ${(err as Error).message}. ` +
          'Set PLAYGROUND_SHARE_DB to a file in a folder the playground may write to.',
      );
    }
    return new SqliteShareStore(db, options.now ?? (() => new Date()));
  }

  async put(json: string, expiresAt: Date): Promise<{ id: string; deleteToken: string }> {
    const now = this.#now().getTime();
    this.#purge(now);
    const deleteToken = newDeleteToken();
    const hash = hashDeleteToken(deleteToken);
    // 144 random bits never collide in practice; the retry covers the impossible case cheaply.
    for (let attempt = 0; ; attempt += 1) {
      const id = newShareId();
      try {
        this.#statements.insert.run(id, json, hash, now, expiresAt.getTime());
        return { id, deleteToken };
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY' || attempt >= 2) throw err;
      }
    }
  }

  async get(id: string): Promise<StoredSnapshot | 'expired' | null> {
    const now = this.#now().getTime();
    this.#purge(now);
    const row = this.#statements.select.get(id);
    if (!row) return null;
    if (row.expires_at <= now || row.json === null) return 'expired';
    return { json: row.json, createdAt: new Date(row.created_at), expiresAt: new Date(row.expires_at) };
  }

  async delete(id: string, deleteToken: string): Promise<'deleted' | 'not-found' | 'wrong-token'> {
    const row = this.#statements.selectHash.get(id);
    if (!row) return 'not-found';
    if (!deleteTokenMatches(row.delete_hash, deleteToken)) return 'wrong-token';
    this.#statements.remove.run(id);
    return 'deleted';
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  /** Erases the content of expired snapshots, and forgets them a while later. */
  #purge(now: number): void {
    if (now - this.#lastPurge < PURGE_EVERY_MS) return;
    this.#lastPurge = now;
    this.#db.transaction(() => {
      this.#statements.erase.run(now);
      this.#statements.forget.run(now - REMEMBER_EXPIRED_MS);
    })();
  }
}

/** Creates the table, or checks that the file was made by a version of the playground it knows. */
function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `it was written by a newer playground (schema ${version}, this one knows ${SCHEMA_VERSION})`,
    );
  }
  if (version === SCHEMA_VERSION) return;
  db.transaction(() => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS snapshots (
        id TEXT PRIMARY KEY,
        json TEXT,
        delete_hash BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS snapshots_by_expiry ON snapshots (expires_at);
    `);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
