import { render } from 'preact';
import { App } from './App';
import { startEarlyReads } from './early-reads';

startEarlyReads(location.search);

const root = document.getElementById('app');
if (root) render(<App />, root);
