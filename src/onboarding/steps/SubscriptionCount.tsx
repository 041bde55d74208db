import { Plural, Trans } from '@lingui/react/macro';

/** How many subscriptions are loaded (and match the filter), or that more are on their way. */
export function SubscriptionCount({
  loadingMore,
  loaded,
  matched,
  filtering,
}: {
  loadingMore: boolean;
  /** subscriptions loaded so far */
  loaded: number;
  /** how many match the filter, already formatted for the language */
  matched: string;
  filtering: boolean;
}) {
  // The running count is for the eyes; screen readers hear "loading" once and then the total, not every page.
  return (
    <p className="muted">
      {loadingMore && (
        <span aria-hidden="true">
          <Plural
            value={loaded}
            one="Loaded # subscription so far, loading more…"
            other="Loaded # subscriptions so far, loading more…"
          />
        </span>
      )}
      <span role="status" className={loadingMore ? 'visually-hidden' : undefined}>
        {loadingMore ? (
          <Trans>Loading more subscriptions…</Trans>
        ) : filtering ? (
          <Plural
            value={loaded}
            one={`${matched} of # subscription matches.`}
            other={`${matched} of # subscriptions match.`}
          />
        ) : (
          <Plural value={loaded} one="# subscription." other="# subscriptions." />
        )}
      </span>
    </p>
  );
}
