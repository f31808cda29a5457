import { describe, expect, it } from 'vitest';
import { sectionFromFolder } from './section.ts';

describe('sectionFromFolder', () => {
  it('capitalises folder names', () => {
    expect(sectionFromFolder('business')).toBe('Business');
    expect(sectionFromFolder('middle-east')).toBe('Middle East');
    expect(sectionFromFolder('uk_politics')).toBe('Uk Politics');
  });

  it('gives null without a folder', () => {
    expect(sectionFromFolder(null)).toBeNull();
    expect(sectionFromFolder('  ')).toBeNull();
  });
});
