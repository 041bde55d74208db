/** An admin who approved the app through the link of an approval request comes back with this in the address. */
export function adminApprovedInAddress(): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('admin_consent') === 'True';
}
