import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor } from '../config/schema';
import { accentProperties, darken } from './branding';

describe('accent colour', () => {
  it('hover is darker, so white text on it stays readable', () => {
    expect(darken('#5c2e91')).toBe('#4e277b');
    expect(darken('#767676', 0.5)).toBe('#3b3b3b');
    const white: [number, number, number] = [255, 255, 255];
    expect(contrastRatio(white, parseHexColor(darken('#767676'))!)).toBeGreaterThan(
      contrastRatio(white, parseHexColor('#767676')!),
    );
  });

  it('sets the properties the stylesheet reads only when configured', () => {
    expect(accentProperties(undefined)).toEqual({});
    expect(accentProperties('#5c2e91')).toEqual({
      '--accent': '#5c2e91',
      '--accent-hover': '#4e277b',
      '--accent-on': '#ffffff',
    });
  });
});
