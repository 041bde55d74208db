import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DemoHandle } from '../runtime/runtime';
import { queryKeys } from '../azure/query-keys';

/** For sales engineers: pick a scenario, start over, or skip ahead in the emulated world's time. */
export default function DemoControls({ demo, canGoLive }: { demo: DemoHandle; canGoLive: boolean }) {
  const queryClient = useQueryClient();
  const [scenario, setScenario] = useState(demo.scenario);
  const [skipped, setSkipped] = useState('');
  const current = demo.scenarios.find((s) => s.name === demo.scenario);
  return (
    <aside className="demo-controls" aria-labelledby="demo-controls-title">
      <div className="card">
        <h2 id="demo-controls-title" className="h3">
          Demo controls
        </h2>
        <p>
          Scenario: <strong>{current?.title ?? demo.scenario}</strong>
          {current && <> — {current.description}</>}
        </p>
        <p className="actions">
          <label htmlFor="demo-scenario">Scenario</label>
          <select id="demo-scenario" value={scenario} onChange={(e) => setScenario(e.target.value)}>
            {demo.scenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {s.title}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => demo.switchScenario(scenario)}>
            Start over with this scenario
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              demo.fastForward(60_000);
              setSkipped('Skipped one minute ahead in the emulated Azure.');
              void queryClient.invalidateQueries({ queryKey: queryKeys.arm });
            }}
          >
            Skip ahead 1 minute
          </button>
          <span role="status" className="muted">
            {skipped}
          </span>
        </p>
        <p>
          <a href="/demo/problems">Every problem card the portal can show</a>
        </p>
        {canGoLive && (
          <p>
            <a href="/?live">Leave the demo and sign in to your real directory</a>
          </p>
        )}
      </div>
    </aside>
  );
}
