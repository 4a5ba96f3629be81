import { useState } from 'react';
import { catalogueEntries, catalogueSize } from '../../lib/catalogue.mjs';
import { mountHost } from '../shell/shell';
import './floor.css';

/**
 * The floor: the same journeys written in as little React as will do them, no library. What it
 * takes is what any React widget pays on this machine and browser; no subject can beat it. Same
 * catalogue, the same 30 rows at most (logo, name, description), the same searched text (name
 * and description), a view with a heading and a password field validated on change.
 */
const ROWS = 30;
const entries = catalogueEntries(catalogueSize(location.search)).map((entry) => ({
  ...entry,
  haystack: `${entry.name} ${entry.description}`.toLowerCase(),
}));

function Picker({ onOpen }: { onOpen: (name: string) => void }) {
  const [query, setQuery] = useState('');
  const needle = query.toLowerCase();
  const matches = entries.filter((entry) => entry.haystack.includes(needle)).slice(0, ROWS);
  return (
    <div className="floor" data-step="floor-picker">
      <input type="search" aria-label="Search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <ul>
        {matches.map((entry) => (
          <li key={entry.id}>
            <button type="button" onClick={() => onOpen(entry.name)}>
              <img src={entry.logo} alt="" width={40} height={40} />
              <span>{entry.name}</span>
              <span>{entry.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TokenForm({ name, onBack }: { name: string; onBack: () => void }) {
  const [token, setToken] = useState('');
  const [touched, setTouched] = useState(false);
  const message = !touched ? '' : token === '' ? 'Enter your API key.' : token.length < 8 ? 'This key is too short.' : '';
  return (
    <div className="floor" data-step="floor-form">
      <button type="button" onClick={onBack}>
        Back
      </button>
      <h2>{name}</h2>
      <label htmlFor="floor-token">API key</label>
      <input
        id="floor-token"
        type="password"
        value={token}
        onChange={(event) => setToken(event.target.value)}
        onBlur={() => setTouched(true)}
      />
      {message && <p role="alert">{message}</p>}
    </div>
  );
}

function Floor() {
  const [open, setOpen] = useState<string | null>(null);
  return open ? <TokenForm name={open} onBack={() => setOpen(null)} /> : <Picker onOpen={setOpen} />;
}

mountHost(<Floor />);
