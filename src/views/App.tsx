import { listIds, presets } from '../catalog/index';

/** Placeholder shell until the catalog and model pages land: lists the catalog ids. */
export function App() {
  return (
    <main>
      <h1>CNN Atlas</h1>
      <ul>
        {listIds().map((id) => (
          <li key={id}>
            {presets.get(id)!.info.name} <code>{id}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
