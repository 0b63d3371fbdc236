/** A file that cannot be imported, with what is wrong and where, in words a learner understands. */
export class ImportProblem extends Error {
  override name = 'ImportProblem';
}

/** Stops reading: the whole import is refused with this message (nothing half-imported). */
export function refuse(message: string): never {
  throw new ImportProblem(message);
}

/** Quotes a name from the file for a message, cut short so one long name cannot flood it. */
export function quoted(name: string): string {
  const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  return `"${short}"`;
}

/** `item "Users" > "Create user"`: where in the file's tree a problem is. */
export function itemPath(names: readonly string[]): string {
  if (names.length === 0) return 'the collection';
  const shown =
    names.length > 5
      ? [...names.slice(0, 2).map(quoted), '…', ...names.slice(-2).map(quoted)]
      : names.map(quoted);
  return `item ${shown.join(' > ')}`;
}

/** `1 request`, `3 requests`. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
