import { z } from 'zod';

// The web app runs under a Content-Security-Policy without 'unsafe-eval'. Zod would otherwise probe
// `new Function` when the first object schema is built (a CSP violation in the console, even though
// zod catches it) and compile parsers with it. Parsing without that is fast enough for these shapes.
// This module is imported first by the package's index, before any schema is built.
z.config({ jitless: true });
