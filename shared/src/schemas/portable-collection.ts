import { z } from 'zod';
import { Collection, Environment } from './library.ts';

/**
 * Our own file format, and what a share link or a published snapshot carries: one collection and,
 * optionally, environments. Files never travel (each is a `MissingFile`: the receiver picks it
 * again), and secret variables travel blank unless the sender opted in.
 *
 * Read foreign or stored input through the import functions (size, depth and count limits, plain
 * messages), never by parsing this schema directly.
 */
export const PortableCollection = z.object({
  format: z.literal('http-playground'),
  v: z.literal(1),
  collection: Collection,
  environments: z.array(Environment),
});
export type PortableCollection = z.infer<typeof PortableCollection>;
