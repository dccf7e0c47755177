import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { connectFromEnvironment } from './api/station.ts';
import { connectStores } from './stores/connect.ts';
import { bindAddress } from './stores/route.ts';
import './styles/app.css';
import './styles/enroll.css';

const root = createRoot(document.getElementById('root')!);
const client = connectFromEnvironment();
if (!client) {
  root.render(
    <main className="unconnected">
      <h1>HoloBench</h1>
      <p>This page is the station&apos;s screen. Open it from the HoloBench app, or from the address that</p>
      <p>
        <code>holobench serve</code> prints (it carries the access token).
      </p>
    </main>,
  );
} else {
  void connectStores(client);
  bindAddress(window);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
