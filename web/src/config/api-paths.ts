/** Paths of the proxy's own API, relative to the origin the SPA is served from. */
export const apiPaths = {
  health: '/api/health',
  practice: '/api/practice',
} as const;
