import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { Root } from './app/Root';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    {api ? (
      <Root api={api} />
    ) : (
      <main className="fatal">
        <h1>Dateline must be opened from its application</h1>
        <p>This page needs the Dateline app to read and save releases.</p>
      </main>
    )}
  </StrictMode>,
);
