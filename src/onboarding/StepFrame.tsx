import { useEffect, useRef, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { STEPS, stepNumber, type StepDefinition, type StepId } from './step';

/**
 * The frame of every step: the progress list, the step's heading and the page title. When the step
 * changes, focus moves to the new heading so keyboard and screen-reader users land on it.
 */
/**
 * The step shown last on this page load. Module-level rather than a ref, because the frame unmounts while
 * a step is being worked out ("Checking the subscription's state…") and must still know where it came from.
 */
let lastShown: StepId | null = null;

export function StepFrame({
  step,
  done = [],
  onShown,
  steps = STEPS,
  children,
}: {
  step: StepId;
  /** the steps of the configured mode (src/onboarding/step.ts, stepsFor) */
  steps?: readonly StepDefinition[];
  done?: StepId[];
  /** told each time a step is shown */
  onShown?: (step: StepId) => void;
  children: ReactNode;
}) {
  const { t, i18n } = useLingui();
  const heading = useRef<HTMLHeadingElement>(null);
  const number = stepNumber(step, steps);
  const total = steps.length;
  const title = i18n._(steps[number - 1]!.label);
  const pageTitle = t({
    message: `Step ${number} of ${total}: ${title} – Twin Onboarding`,
    comment: 'The browser tab title',
  });

  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);

  useEffect(() => {
    // Not on the first step shown after a load: the browser's own focus handling is right there.
    if (lastShown !== null && lastShown !== step) heading.current?.focus();
    lastShown = step;
  }, [step]);

  useEffect(() => {
    onShown?.(step);
  }, [step, onShown]);

  return (
    <div className="wizard">
      <nav aria-label={t`Onboarding progress`} className="steps">
        <ol>
          {steps.map((s, index) => {
            const state = index + 1 === number ? 'current' : done.includes(s.id) ? 'done' : 'todo';
            return (
              <li key={s.id} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
                <span className="step-number" aria-hidden="true">
                  {/* Digits 1 to 4 read the same in the portal's languages; an Intl formatter here would cost the landing
                      page ~20 ms of main thread at start-up (its first one loads the number data). */}
                  {state === 'done' ? '✓' : index + 1}
                </span>
                <span className="step-title">
                  {i18n._(s.label)}
                  {state === 'done' && (
                    <span className="visually-hidden">
                      {' '}
                      <Trans comment="After a step's name in the progress list">(done)</Trans>
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </nav>
      <section className="step-body" aria-labelledby="step-heading">
        <p className="step-count">
          <Trans>
            Step {number} of {total}
          </Trans>
        </p>
        <h1 id="step-heading" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </section>
    </div>
  );
}
