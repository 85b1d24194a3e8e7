import { render } from 'preact';

function App() {
  return <main><h1>{browser.i18n.getMessage('extName') || 'Promise Ledger'}</h1></main>;
}

render(<App />, document.getElementById('app')!);
