import './method-badge.css';

const KNOWN = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

interface MethodBadgeProps {
  method: string;
  id?: string;
}

/** The method of a saved request, coloured by kind, as in the request tabs. */
export function MethodBadge({ method, id }: MethodBadgeProps) {
  const upper = method.trim().toUpperCase() || '?';
  return (
    <span id={id} className="method-badge" data-method={KNOWN.has(upper) ? upper : 'OTHER'}>
      {upper}
    </span>
  );
}
