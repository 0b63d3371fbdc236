import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import {
  etagOf,
  MAX_TODOS,
  NewTodo,
  type Todo,
  TodoPatch,
  TodoReplacement,
  TodoStore,
} from './todo-store.ts';

/**
 * An RFC 9457 problem: the status, a title and a sentence saying what to fix. Learners see a
 * well-behaved API explain itself; `errors` lists each invalid field.
 */
function problem(
  c: Context,
  status: 400 | 404 | 405 | 409 | 412 | 413 | 415 | 507,
  title: string,
  detail: string,
  extra = {},
) {
  c.header('Content-Type', 'application/problem+json');
  return c.body(JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }), status);
}

const COLLECTION_METHODS = 'GET, HEAD, POST, OPTIONS';
const ITEM_METHODS = 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS';

/** Reads a JSON body against a schema; the parsed value, or the 400/415 answer to send instead. */
async function readJson<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<{ value: z.infer<S> } | { error: Response }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) {
    const detail = `Send the todo as JSON with "Content-Type: application/json" (this request said "${type || 'nothing'}").`;
    return { error: problem(c, 415, 'Unsupported Media Type', detail) };
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { error: problem(c, 400, 'Invalid JSON', `The body is not valid JSON: ${reason}.`) };
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { value: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || null,
    message: issue.message,
  }));
  const detail = errors.map((e) => e.message).join('; ');
  return {
    error: problem(c, 400, 'Invalid todo', `${detail[0]?.toUpperCase()}${detail.slice(1)}.`, { errors }),
  };
}

function sendTodo(c: Context, todo: Todo, status: 200 | 201 = 200) {
  c.header('ETag', etagOf(todo));
  return c.json(todo, status);
}

/** If-Match on a write: strong comparison, `*` matches any existing todo (RFC 9110 13.1.1). */
function preconditionFails(c: Context, todo: Todo): boolean {
  const header = c.req.header('if-match');
  if (header === undefined) return false;
  const tags = header.split(',').map((tag) => tag.trim());
  return !tags.includes('*') && !tags.includes(etagOf(todo));
}

/**
 * A small REST resource for CRUD lessons: /todos and /todos/:id with the status codes, Location,
 * ETag/If-Match and error bodies a good API has. State lives in this app instance only;
 * POST /todos/reset brings back the seeds.
 */
export function todosRoutes(): Hono {
  const app = new Hono();
  const store = new TodoStore();
  app.use(
    '*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) =>
        problem(c, 413, 'Content Too Large', 'A todo is a short JSON object; this body is over 64 KiB.'),
    }),
  );

  const findTodo = (c: Context) => {
    const raw = c.req.param('id') ?? '';
    const todo = /^[1-9]\d{0,15}$/.test(raw) ? store.get(Number(raw)) : undefined;
    const missing = () =>
      problem(c, 404, 'Not Found', `There is no todo with id ${raw}. GET ${collectionPath(c)} lists them.`);
    return { todo, missing };
  };
  // The mount point is not known here; the request path tells it (…/todos/3 -> …/todos).
  const collectionPath = (c: Context) => c.req.path.replace(/\/todos\/[^/]*$/, '/todos');

  app.get('/todos', (c) => {
    const done = c.req.query('done');
    const todos = store.list().filter((todo) => done === undefined || String(todo.done) === done);
    return c.json(todos);
  });

  app.post('/todos', async (c) => {
    const input = await readJson(c, NewTodo);
    if ('error' in input) return input.error;
    const { id = store.nextId(), title, done = false } = input.value;
    if (store.get(id)) {
      return problem(
        c,
        409,
        'Conflict',
        `A todo with id ${id} already exists. Leave id out to get a new one, or PUT to replace it.`,
      );
    }
    if (store.size >= MAX_TODOS) {
      return problem(
        c,
        507,
        'Insufficient Storage',
        `This practice list holds at most ${MAX_TODOS} todos. Delete some, or POST ${c.req.path}/reset.`,
      );
    }
    const todo = store.save({ id, title, done });
    c.header('Location', `${c.req.path}/${id}`);
    return sendTodo(c, todo, 201);
  });

  // Before /todos/:id, which would otherwise take "reset" for an id.
  app.post('/todos/reset', (c) => {
    store.reset();
    return c.json(store.list());
  });
  app.all('/todos/reset', otherMethods('POST, OPTIONS'));

  app.get('/todos/:id', (c) => {
    const { todo, missing } = findTodo(c);
    if (!todo) return missing();
    const ifNoneMatch = c.req.header('if-none-match');
    if (
      ifNoneMatch
        ?.split(',')
        .some((tag) => tag.trim().replace(/^W\//, '') === etagOf(todo) || tag.trim() === '*')
    ) {
      c.header('ETag', etagOf(todo));
      return c.body(null, 304);
    }
    return sendTodo(c, todo);
  });

  app.put('/todos/:id', async (c) => {
    const { todo, missing } = findTodo(c);
    if (!todo) return missing();
    // A stale client hears that first: its edit was based on an old version anyway.
    if (preconditionFails(c, todo)) return stale(c, todo);
    const input = await readJson(c, TodoReplacement);
    if ('error' in input) return input.error;
    if (input.value.id !== undefined && input.value.id !== todo.id) {
      return problem(
        c,
        400,
        'Invalid todo',
        `The id in the body (${input.value.id}) does not match the URL (${todo.id}).`,
      );
    }
    return sendTodo(
      c,
      store.save({ id: todo.id, title: input.value.title, done: input.value.done ?? false }),
    );
  });

  app.patch('/todos/:id', async (c) => {
    const { todo, missing } = findTodo(c);
    if (!todo) return missing();
    if (preconditionFails(c, todo)) return stale(c, todo);
    const input = await readJson(c, TodoPatch);
    if ('error' in input) return input.error;
    return sendTodo(c, store.save({ ...todo, ...input.value }));
  });

  app.delete('/todos/:id', (c) => {
    const { todo, missing } = findTodo(c);
    if (!todo) return missing();
    if (preconditionFails(c, todo)) return stale(c, todo);
    store.delete(todo.id);
    return c.body(null, 204);
  });

  app.all('/todos', otherMethods(COLLECTION_METHODS));
  app.all('/todos/:id', otherMethods(ITEM_METHODS));
  return app;
}

/** OPTIONS lists the methods (204); any other method not handled is 405 with the same Allow. */
function otherMethods(allow: string) {
  return (c: Context) => {
    c.header('Allow', allow);
    if (c.req.method === 'OPTIONS') return c.body(null, 204);
    return problem(c, 405, 'Method Not Allowed', `${c.req.method} is not supported here. Allowed: ${allow}.`);
  };
}

function stale(c: Context, todo: Todo) {
  c.header('ETag', etagOf(todo));
  const detail =
    'The todo changed since you read it (If-Match does not match its ETag). GET it again, then retry.';
  return problem(c, 412, 'Precondition Failed', detail);
}
