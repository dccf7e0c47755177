import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { connectFromEnvironment } from './api/station.ts';
import { connectStores } from './stores/connect.ts';
import { bindAddress } from './stores/route.ts';
import { useSettings } from './stores/settings.ts';
import { i18n, languageFromAddress } from './i18n.ts';
import { Unconnected } from './Unconnected.tsx';
import { prefetchScreens } from './views/screens.tsx';
import './styles/app.css';
import './styles/enroll.css';

const root = createRoot(document.getElementById('root')!);
const client = connectFromEnvironment();
const askedLanguage = languageFromAddress(window);
if (!client) {
  root.render(
    <I18nextProvider i18n={i18n}>
      <Unconnected />
    </I18nextProvider>,
  );
} else {
  void connectStores(client).then(() => {
    if (askedLanguage) void useSettings.getState().update({ language: askedLanguage });
    // The other screens once the bench shows the station's state, while the tech reads it (not before: compiling
    // them would hold up the bench's own first paint).
    requestIdleCallback(() => void prefetchScreens(), { timeout: 2000 });
  });
  bindAddress(window);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
