import type { ImportFormat } from '@playground/shared';

const LABELS: Record<ImportFormat, string> = {
  'http-playground': 'HTTP Playground collection',
  'postman-collection': 'Postman collection',
  'postman-environment': 'Postman environment',
  insomnia: 'Insomnia export',
  har: 'HAR (browser network log)',
  curl: 'curl command',
};

/** What an imported file was, in words. */
export const formatLabel = (format: ImportFormat): string => LABELS[format] ?? format;
