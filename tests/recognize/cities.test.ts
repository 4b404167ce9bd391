// The towns table: the country a name alone settles, built from GeoNames by scripts/build-cities.ts.
import { cityCountry, cityKey } from '../../src/recognize/cities.js';

describe('cityCountry', () => {
  test('a town a name alone settles, written with or without its accents, in any case', () => {
    expect(cityCountry('Ushuaia')).toBe('ARG');
    expect(cityCountry('USHUAIA')).toBe('ARG');
    expect(cityCountry('Córdoba')).toBe(cityCountry('Cordoba'));
    expect(cityKey('  São   Paulo ')).toBe('sao paulo');
    // (a town's name with "City" after it)
    expect(cityCountry('Puerto Princesa City')).toBe(cityCountry('Puerto Princesa'));
    expect(cityCountry('Puerto Princesa')).toBe('PHL');
  });

  test('a name two countries share with no clear first ("Hyderabad", "Newcastle") settles none; a name of no town, none', () => {
    expect(cityCountry('Hyderabad')).toBeUndefined();
    expect(cityCountry('Newcastle')).toBeUndefined();
    expect(cityCountry('Qwertyville')).toBeUndefined();
  });
});
