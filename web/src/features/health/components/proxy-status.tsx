import { useHealth } from '@/features/health/api/get-health.ts';
import { describeProxyStatus } from '@/features/health/utils/proxy-status.ts';

export function ProxyStatus() {
  const { status } = useHealth();
  const view = describeProxyStatus(status);

  return (
    <p role="status" className="proxy-status" data-tone={view.tone}>
      <span className="proxy-status-dot" aria-hidden="true" />
      {view.text}
    </p>
  );
}
