import { createHash } from 'node:crypto';
import { z } from 'zod';

const title = z
  .string({ error: (issue) => (issue.input === undefined ? 'title is required' : 'title must be a string') })
  .trim()
  .min(1, 'title must not be empty')
  .max(200, 'title must be at most 200 characters');
const done = z.boolean({ error: 'done must be true or false' });
const id = z
  .int({ error: 'id must be a whole number' })
  .positive('id must be positive')
  .max(Number.MAX_SAFE_INTEGER);

/** A todo as the API shows it. */
export const Todo = z.object({ id, title, done });
export type Todo = z.infer<typeof Todo>;

/** POST /todos: a title, optionally done and a client-chosen id. Unknown keys are refused so typos show. */
export const NewTodo = z.strictObject({ title, done: done.optional(), id: id.optional() });
/** PUT /todos/:id replaces the whole todo; the id may be repeated but must agree with the URL. */
export const TodoReplacement = NewTodo;
/** PATCH /todos/:id changes only the fields given. */
export const TodoPatch = z.strictObject({ title: title.optional(), done: done.optional() });

/** Enough for any lesson; a shared classroom server must not be filled up by one loop. */
export const MAX_TODOS = 1000;

const SEEDS: Todo[] = [
  { id: 1, title: 'Read the list with GET /practice/todos', done: true },
  { id: 2, title: 'Create a todo with POST', done: false },
  { id: 3, title: 'Change it with PUT or PATCH', done: false },
  { id: 4, title: 'Remove it with DELETE', done: false },
];

/** A strong validator from the representation itself: it changes exactly when the todo does. */
export function etagOf(todo: Todo): string {
  return `"${createHash('sha256').update(JSON.stringify(todo)).digest('hex').slice(0, 16)}"`;
}

/** In-memory todos for one app instance, starting from (and resettable to) a few seeds. */
export class TodoStore {
  private readonly todos = new Map<number, Todo>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.todos.clear();
    for (const todo of SEEDS) this.todos.set(todo.id, { ...todo });
  }

  list(): Todo[] {
    return [...this.todos.values()].sort((a, b) => a.id - b.id);
  }

  get(todoId: number): Todo | undefined {
    return this.todos.get(todoId);
  }

  get size(): number {
    return this.todos.size;
  }

  nextId(): number {
    return Math.max(0, ...this.todos.keys()) + 1;
  }

  save(todo: Todo): Todo {
    this.todos.set(todo.id, todo);
    return todo;
  }

  delete(todoId: number): boolean {
    return this.todos.delete(todoId);
  }
}
