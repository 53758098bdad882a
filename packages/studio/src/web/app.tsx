import { useEffect, useState } from 'preact/hooks';
import type { Catalog } from '../protocol.js';
import { loadCatalog } from './api.js';
import { ExecutionView } from './execution/execution-view.js';
import { ConfigurationPanel } from './panel/configuration-panel.js';

type Tab = 'configure' | 'execute';

/** The studio: the configuration panel and the execution view, on one page. */
export function App() {
  const [catalog, setCatalog] = useState<Catalog | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [tab, setTab] = useState<Tab>('configure');
  useEffect(() => {
    loadCatalog().then(setCatalog, (error: Error) => setFailure(error.message));
  }, []);
  return (
    <div class="studio">
      <header class="topbar">
        <h1>ConvoFlow Studio</h1>
        <nav>
          <button
            type="button"
            class={tab === 'configure' ? 'tab active' : 'tab'}
            onClick={() => setTab('configure')}
          >
            Configure a node
          </button>
          <button
            type="button"
            class={tab === 'execute' ? 'tab active' : 'tab'}
            onClick={() => setTab('execute')}
          >
            Run a workflow
          </button>
        </nav>
        {catalog?.mode === 'sandbox-only' ? <span class="badge sandbox">sandbox only</span> : null}
      </header>
      {failure ? <p class="error">{failure}</p> : null}
      {catalog ? (
        <>
          <div hidden={tab !== 'configure'}>
            <ConfigurationPanel catalog={catalog} />
          </div>
          <div hidden={tab !== 'execute'}>
            <ExecutionView catalog={catalog} />
          </div>
        </>
      ) : failure ? null : (
        <p class="muted">Loading…</p>
      )}
    </div>
  );
}
