import { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Todo } from './todo-store.ts';
import { todosRoutes } from './todos.ts';

interface Problem {
  status: number;
  title: string;
  detail: string;
  errors?: { field: string | null; message: string }[];
}
const todoOf = async (res: Response) => (await res.json()) as Todo;
const todosOf = async (res: Response) => (await res.json()) as Todo[];
const problemOf = async (res: Response) => (await res.json()) as Problem;

// Mounted as proxy/src/app.ts mounts it, so Location shows the full path.
let app: Hono;
beforeEach(() => {
  app = new Hono().route('/practice', todosRoutes());
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const request = async (path: string, init: RequestInit = {}) => app.request(`/practice${path}`, init);

describe('GET /todos', () => {
  it('lists the seeded todos', async () => {
    const res = await request('/todos');
    expect(res.status).toBe(200);
    const todos = await todosOf(res);
    expect(todos.length).toBeGreaterThanOrEqual(3);
    expect(todos[0]).toEqual({ id: 1, title: expect.any(String), done: expect.any(Boolean) });
  });

  it('filters by done', async () => {
    const todos = await todosOf(await request('/todos?done=false'));
    expect(todos.length).toBeGreaterThan(0);
    expect(todos.every((todo) => !todo.done)).toBe(true);
  });
});

describe('POST /todos', () => {
  it('creates a todo: 201, Location, ETag and the todo', async () => {
    const res = await request('/todos', { method: 'POST', ...json({ title: '  Learn HTTP  ' }) });
    expect(res.status).toBe(201);
    const todo = await todoOf(res);
    expect(todo).toEqual({ id: 5, title: 'Learn HTTP', done: false });
    expect(res.headers.get('location')).toBe('/practice/todos/5');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
    expect(await (await request('/todos/5')).json()).toEqual(todo);
  });

  it('takes a client id once, then answers 409', async () => {
    expect((await request('/todos', { method: 'POST', ...json({ id: 42, title: 'mine' }) })).status).toBe(
      201,
    );
    const again = await request('/todos', { method: 'POST', ...json({ id: 42, title: 'again' }) });
    expect(again.status).toBe(409);
    expect((await problemOf(again)).detail).toContain('already exists');
  });

  it('explains invalid JSON with a 400 problem', async () => {
    const res = await request('/todos', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"title":',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      status: 400,
      title: 'Invalid JSON',
      detail: expect.stringContaining('not valid JSON'),
    });
  });

  it('names the missing or wrong field', async () => {
    const missing = await request('/todos', { method: 'POST', ...json({ done: true }) });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      detail: 'Title is required.',
      errors: [{ field: 'title', message: 'title is required' }],
    });
    const post = async (body: unknown) =>
      problemOf(await request('/todos', { method: 'POST', ...json(body) }));
    expect((await post({ title: ' ' })).errors).toEqual([
      { field: 'title', message: 'title must not be empty' },
    ]);
    expect((await post({ title: 'x', done: 'yes' })).errors).toEqual([
      { field: 'done', message: 'done must be true or false' },
    ]);
    // A typo in a key is named, not silently ignored.
    expect((await post({ titel: 'x', title: 'y' })).errors?.[0]?.message).toContain('titel');
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const res = await request('/todos', { method: 'POST', ...json({ title: 'x'.repeat(70_000) }) });
    expect(res.status).toBe(413);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await request('/todos', {
      method: 'POST',
      body: 'title=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect((await problemOf(res)).detail).toContain('application/json');
  });
});

describe('/todos/:id', () => {
  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['999', 'abc', '0', '-1']) {
      const res = await request(`/todos/${id}`);
      expect(res.status).toBe(404);
      expect((await problemOf(res)).detail).toContain(`no todo with id ${id}`);
    }
    expect((await request('/todos/999', { method: 'DELETE' })).status).toBe(404);
  });

  it('replaces with PUT, defaulting done to false', async () => {
    const res = await request('/todos/1', { method: 'PUT', ...json({ title: 'Replaced' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 1, title: 'Replaced', done: false });
    const mismatch = await request('/todos/1', { method: 'PUT', ...json({ id: 2, title: 'x' }) });
    expect(mismatch.status).toBe(400);
    expect((await request('/todos/1', { method: 'PUT', ...json({ done: true }) })).status).toBe(400);
  });

  it('changes only the given fields with PATCH', async () => {
    const before = await todoOf(await request('/todos/2'));
    const res = await request('/todos/2', { method: 'PATCH', ...json({ done: true }) });
    expect(await res.json()).toEqual({ ...before, done: true });
  });

  it('deletes with 204 and then the todo is gone', async () => {
    const res = await request('/todos/3', { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await request('/todos/3')).status).toBe(404);
  });

  it('answers 304 to If-None-Match with the current ETag', async () => {
    const etag = (await request('/todos/1')).headers.get('etag')!;
    const res = await request('/todos/1', { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
  });
});

describe('optimistic concurrency with ETag and If-Match', () => {
  it('accepts a write with the current ETag and refuses a stale one with 412', async () => {
    const etag = (await request('/todos/1')).headers.get('etag')!;
    const first = await request('/todos/1', {
      method: 'PATCH',
      ...json({ title: 'First edit' }, { 'If-Match': etag }),
    });
    expect(first.status).toBe(200);
    const newEtag = first.headers.get('etag');
    expect(newEtag).not.toBe(etag);

    const stale = await request('/todos/1', {
      method: 'PUT',
      ...json({ title: 'Lost update' }, { 'If-Match': etag }),
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(newEtag);
    expect((await problemOf(stale)).title).toBe('Precondition Failed');
    expect((await request('/todos/1', { method: 'DELETE', headers: { 'If-Match': etag } })).status).toBe(412);
    expect((await todoOf(await request('/todos/1'))).title).toBe('First edit');
    expect((await request('/todos/1', { method: 'DELETE', headers: { 'If-Match': '*' } })).status).toBe(204);
  });
});

describe('methods', () => {
  it('answers 405 with Allow for a method the resource does not support', async () => {
    const collection = await request('/todos', { method: 'DELETE' });
    expect(collection.status).toBe(405);
    expect(collection.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect((await problemOf(collection)).detail).toContain('DELETE is not supported');
    const item = await request('/todos/1', { method: 'POST', ...json({ title: 'x' }) });
    expect(item.status).toBe(405);
    expect(item.headers.get('allow')).toBe('GET, HEAD, PUT, PATCH, DELETE, OPTIONS');
  });

  it('lists the allowed methods on OPTIONS', async () => {
    const res = await request('/todos/1', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('GET, HEAD, PUT, PATCH, DELETE, OPTIONS');
  });

  it('serves HEAD with the headers of GET', async () => {
    const res = await request('/todos/1', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"/);
  });
});

describe('POST /todos/reset', () => {
  it('brings back the seeds', async () => {
    const seeds = await todosOf(await request('/todos'));
    await request('/todos/1', { method: 'DELETE' });
    await request('/todos', { method: 'POST', ...json({ title: 'extra' }) });
    const res = await request('/todos/reset', { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(seeds);
    expect((await request('/todos/reset')).status).toBe(405);
  });

  it('keeps state per app instance', async () => {
    await request('/todos/1', { method: 'DELETE' });
    const other = new Hono().route('/practice', todosRoutes());
    expect((await other.request('/practice/todos/1')).status).toBe(200);
  });
});
