import { useState } from 'react';
import type { DemoHandle } from '../runtime/runtime';
import { queryKeys } from '../azure/query-keys';
import { queryClient } from '../azure/query-client';
import { CopyButton } from '../ui/CopyButton';
import { notesOpenStore, presenterNote, SCENARIO_NOTES } from './presenter-notes';
import { useStore } from '../storage/store';
import { parseSpeed, scenarioLink, SPEEDS, DEFAULT_SPEED, type SpeedId } from './speed';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { expectedOutcome, scenarioLabel } from './scenario-labels';

/** What the status line last reported: kept as facts, worded at render time in the language of the moment. */
type Status =
  | { kind: 'skipped'; minutes: number }
  | { kind: 'speed'; id: SpeedId }
  | { kind: 'created'; name: string }
  | { kind: 'activated'; role: string | undefined }
  | null;

/**
 * For sales engineers: pick a scenario and the registration speed, start over, skip ahead in the emulated
 * world's time, copy a link that starts this scenario, and read what to say at the step on screen.
 */
export default function DemoControls({
  demo,
  canGoLive,
  step,
}: {
  demo: DemoHandle;
  canGoLive: boolean;
  step: string | undefined;
}) {
  const [scenario, setScenario] = useState(demo.scenario);
  const [speed, setSpeed] = useState(parseSpeed(demo.speed) ?? DEFAULT_SPEED);
  const [status, setStatus] = useState<Status>(null);
  const { t, i18n } = useLingui();
  const [skippedMinutes, setSkippedMinutes] = useState(0);
  const notesOpen = useStore(notesOpenStore);
  const current = demo.scenarios.find((s) => s.name === demo.scenario);
  const link = scenarioLink(window.location.origin, demo.scenario, speed, canGoLive);
  const notes = step ? presenterNote(step) : undefined;
  const scenarioNote =
    step && Object.hasOwn(SCENARIO_NOTES, demo.scenario) ? SCENARIO_NOTES[demo.scenario]![step] : undefined;
  const currentLabel = current ? scenarioLabel(i18n, current) : undefined;
  // Identifiers for the messages' placeholders.
  const scenarioTitle = currentLabel?.title ?? demo.scenario;
  const speedLabel = (id: SpeedId) => i18n._(SPEEDS.find((s) => s.id === id)!.label);

  // The portal reads Azure again at once, so what the emulated time changed shows without waiting for a poll.
  const reread = () => queryClient.invalidateQueries({ queryKey: queryKeys.arm });

  async function skipAhead() {
    demo.fastForward(60_000);
    const total = skippedMinutes + 1;
    setSkippedMinutes(total);
    await reread();
    setStatus({ kind: 'skipped', minutes: total });
  }

  // Not re-read: made elsewhere (as in the Azure portal), the instance shows up when the portal's "Check again" asks.
  function createInstance() {
    const name = demo.createDigitalTwinsInstance?.();
    if (name) setStatus({ kind: 'created', name });
  }

  // Not re-read either: like an activation in the Azure portal, it shows when the portal's "Check again" asks.
  function activateRole() {
    setStatus({ kind: 'activated', role: demo.activateEligibleRole?.() });
  }

  async function chooseSpeed(id: (typeof SPEEDS)[number]['id']) {
    setSpeed(id);
    demo.setSpeed(id);
    await reread();
    setStatus({ kind: 'speed', id });
  }

  function statusText() {
    if (status?.kind === 'skipped') {
      const minutes = status.minutes;
      return (
        <Plural
          value={minutes}
          one="Skipped one minute ahead in the emulated Azure (# minute in this page)."
          other="Skipped one minute ahead in the emulated Azure (# minutes in this page)."
        />
      );
    }
    if (status?.kind === 'created') {
      const name = status.name;
      return <Trans>Created the instance {name} in the emulated Azure; select "Check again" in the portal.</Trans>;
    }
    if (status?.kind === 'activated') {
      const role = status.role;
      return role === undefined ? (
        <Trans>There is no eligible role left to activate.</Trans>
      ) : (
        <Trans>
          Activated {role} in the emulated Azure, as Privileged Identity Management would; Azure takes a little while
          before it works. Then select "Check again" in the portal.
        </Trans>
      );
    }
    if (status?.kind === 'speed') {
      const label = speedLabel(status.id);
      return current?.fixedTiming ? (
        <Trans>
          Registration speed set to {label} for the other scenarios; {scenarioTitle} keeps its own timing.
        </Trans>
      ) : (
        <Trans>Registration speed set to {label}, for this run and the next ones.</Trans>
      );
    }
    return null;
  }

  return (
    <aside className="demo-controls" aria-labelledby="demo-controls-title">
      <div className="card">
        <h2 id="demo-controls-title" className="h3">
          <Trans>Demo controls</Trans>
        </h2>
        <p>
          <Trans>
            Scenario: <strong>{scenarioTitle}</strong>
          </Trans>
          {currentLabel && <> — {currentLabel.description}</>}
        </p>
        {expectedOutcome(i18n, demo.scenario) !== undefined && (
          <p className="muted">{expectedOutcome(i18n, demo.scenario)}</p>
        )}
        {demo.createDigitalTwinsInstance && (
          <p className="actions">
            <button type="button" className="button" onClick={createInstance}>
              <Trans>Create a Digital Twins instance (as the Azure portal would)</Trans>
            </button>
          </p>
        )}
        {demo.activateEligibleRole && (
          <p className="actions">
            <button type="button" className="button" onClick={activateRole}>
              <Trans>Activate the eligible role (as Privileged Identity Management would)</Trans>
            </button>
          </p>
        )}
        <p className="actions">
          <label htmlFor="demo-scenario">
            <Trans>Scenario</Trans>
          </label>
          <select id="demo-scenario" value={scenario} onChange={(e) => setScenario(e.target.value)}>
            {demo.scenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {scenarioLabel(i18n, s).title}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => demo.switchScenario(scenario)}>
            <Trans>Start over with this scenario</Trans>
          </button>
          <button type="button" className="button" onClick={() => void skipAhead()}>
            <Trans>Skip ahead 1 minute</Trans>
          </button>
        </p>
        <fieldset className="demo-speed" aria-describedby={current?.fixedTiming ? 'demo-speed-note' : undefined}>
          <legend>
            <Trans>Registration speed</Trans>
          </legend>
          {SPEEDS.map((s) => (
            <label key={s.id}>
              <input
                type="radio"
                name="demo-speed"
                value={s.id}
                checked={speed === s.id}
                onChange={() => void chooseSpeed(s.id)}
              />{' '}
              {i18n._(s.label)}
            </label>
          ))}
          {current?.fixedTiming && (
            <p id="demo-speed-note" className="demo-speed-note">
              <Trans>{scenarioTitle} keeps its own timing; the speed applies to the other scenarios.</Trans>
            </p>
          )}
        </fieldset>
        <p role="status" className="demo-status">
          {statusText()}
        </p>
        <div className="actions">
          <CopyButton text={link} label={t`Copy link to this scenario`} fallbackTargetId="demo-link" />
          <code id="demo-link" className="wrap">
            {link}
          </code>
        </div>
        <details
          className="presenter-notes"
          open={notesOpen}
          onToggle={(e) => notesOpenStore.set(e.currentTarget.open)}
        >
          <summary>
            <Trans>Presenter notes</Trans>
          </summary>
          {notes ? (
            <>
              <p>
                <strong>{i18n._(notes.title)}.</strong> {i18n._(notes.text)}
              </p>
              {scenarioNote && <p>{i18n._(scenarioNote)}</p>}
            </>
          ) : (
            <p>
              <Trans>The notes follow the step on screen.</Trans>
            </p>
          )}
        </details>
        <p>
          <a href="/demo/problems">
            <Trans>Every problem card the portal can show</Trans>
          </a>
        </p>
        {canGoLive && (
          <p>
            <a href="/?live">
              <Trans>Leave the demo and sign in to your real directory</Trans>
            </a>
          </p>
        )}
      </div>
    </aside>
  );
}
