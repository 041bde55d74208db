import { parseHexColor } from '../config/schema';

/** The colour a little darker (mixed toward black), for the hover state: darker keeps white text readable. */
export function darken(hex: string, amount = 0.15): string {
  const rgb = parseHexColor(hex);
  if (!rgb) return hex;
  return `#${rgb
    .map((c) =>
      Math.round(c * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The custom properties app.css reads for primary buttons when the deployment sets `accentColor`. */
export function accentProperties(accentColor: string | undefined): Record<string, string> {
  if (!accentColor) return {};
  // The schema refused colours below 4.5:1 with white, so the text on them is white in both colour schemes.
  return { '--accent': accentColor, '--accent-hover': darken(accentColor), '--accent-on': '#ffffff' };
}

/**
 * Set through the CSSOM, which the Content-Security-Policy's `style-src 'self'` allows (a `style` attribute
 * in markup would need 'unsafe-inline').
 */
export function applyAccent(accentColor: string | undefined, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(accentProperties(accentColor))) root.style.setProperty(name, value);
}
