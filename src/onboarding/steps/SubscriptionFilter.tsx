import { Trans } from '@lingui/react/macro';

/** The search box over a long list's names and IDs. */
export function SubscriptionFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <p className="filter">
      <label htmlFor="subscription-filter">
        <Trans>Filter by name or ID</Trans>
      </label>
      <input
        id="subscription-filter"
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
      />
    </p>
  );
}
