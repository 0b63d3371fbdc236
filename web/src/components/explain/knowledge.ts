// The explanation tables are tens of kilobytes, so they sit in a chunk of their own that loads the
// first time an explanation is asked for (load-knowledge.ts); nothing on the first screen imports
// this file directly.
export {
  COURSE_METHODS_TABLE,
  explainHeader,
  explainMethod,
  explainStatus,
  urlAnatomy,
} from '@playground/shared/knowledge';
