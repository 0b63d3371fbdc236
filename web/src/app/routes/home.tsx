import { MainLayout } from '@/components/layouts/main-layout.tsx';
import { ProxyStatus } from '@/features/health/components/proxy-status.tsx';

export function HomeRoute() {
  return (
    <MainLayout footer={<ProxyStatus />}>
      <section aria-labelledby="composer-heading">
        <h2 id="composer-heading">Request composer</h2>
        <p>
          The request composer is coming soon: pick a method, type a URL, send it, and see every byte that
          comes back.
        </p>
      </section>
    </MainLayout>
  );
}
