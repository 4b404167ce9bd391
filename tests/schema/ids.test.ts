import { entityId, slug } from '../../src/schema/ids.js';

describe('canonical ids', () => {
  test.each([
    ['Assimi Goïta', 'assimi-goita'],
    ['Hong Jang-won', 'hong-jang-won'],
    ["People's Liberation Army", 'peoples-liberation-army'],
    ['  U.S. State Department ', 'u-s-state-department'],
    ['Łukasz Kəsik', 'lukasz-kesik'],
  ])('slug(%j) = %j', (name, expected) => expect(slug(name)).toBe(expected));

  test('ids carry the prefix of their type', () => {
    expect(entityId('Official', 'Joe Biden')).toBe('person:joe-biden');
    expect(entityId('Person', 'Joe Biden')).toBe('person:joe-biden');
    expect(entityId('Agency', 'Pentagon')).toBe('org:pentagon');
    expect(entityId('Agreement', 'mutual defence agreement')).toBe('agreement:mutual-defence-agreement');
    expect(entityId('Location', 'Kursk')).toBe('location:kursk');
  });
});
