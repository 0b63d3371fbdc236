import type { ReactNode } from 'react';

interface MainLayoutProps {
  children: ReactNode;
  footer?: ReactNode;
}

export function MainLayout({ children, footer }: MainLayoutProps) {
  return (
    <div className="layout">
      <header className="layout-header">
        <h1>HTTP Playground</h1>
        <p className="tagline">See HTTP for real: what goes over the wire, and what comes back.</p>
      </header>
      <main className="layout-main">{children}</main>
      {footer ? <footer className="layout-footer">{footer}</footer> : null}
    </div>
  );
}
