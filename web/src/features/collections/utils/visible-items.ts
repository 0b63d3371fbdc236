import type { Collection, CollectionItem } from '@playground/shared';
import { isContainer, type TreeNode } from './tree.ts';

/** A row of the tree as shown: what a screen reader is told about it and where the arrows go. */
export interface VisibleItem {
  node: TreeNode;
  /** 1 for a collection. */
  level: number;
  parentId: string | null;
  /** null for a request, which cannot be expanded. */
  expanded: boolean | null;
  setSize: number;
  position: number;
}

/** The rows a user can reach with the arrow keys, in order: nothing inside a collapsed node. */
export function visibleItems(
  collections: readonly Collection[],
  collapsed: ReadonlySet<string>,
): VisibleItem[] {
  const rows: VisibleItem[] = [];
  const visit = (nodes: readonly (Collection | CollectionItem)[], level: number, parentId: string | null) => {
    for (const [index, node] of nodes.entries()) {
      const container = isContainer(node);
      const expanded = container ? !collapsed.has(node.id) : null;
      rows.push({ node, level, parentId, expanded, setSize: nodes.length, position: index + 1 });
      if (container && expanded) visit(node.items, level + 1, node.id);
    }
  };
  visit(collections, 1, null);
  return rows;
}

/**
 * Where focus goes when `id` is deleted: the next row that is not inside it, else the row before
 * it; null when nothing is left.
 */
export function focusAfterRemoval(rows: readonly VisibleItem[], id: string): string | null {
  const index = rows.findIndex((row) => row.node.id === id);
  if (index === -1) return null;
  const level = rows[index]!.level;
  const next = rows.slice(index + 1).find((row) => row.level <= level);
  return next?.node.id ?? rows[index - 1]?.node.id ?? null;
}
