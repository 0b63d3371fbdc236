// A second entry of the package ('@playground/shared/knowledge'), kept out of the main one so the
// web app can load these tables in a chunk of their own, the first time an explanation is opened.
export * from './headers.ts';
export * from './methods.ts';
export * from './status-codes.ts';
export * from './url-anatomy.ts';
