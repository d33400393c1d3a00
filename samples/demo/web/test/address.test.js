'use strict';

const { validateAddress } = require('../src/address');

const valid = { name: 'Erika Mustermann', street: 'Heidestraße 17', postcode: '51147', city: 'Köln', country: 'DE' };

describe('address validation', () => {
  test('accepts a German address', () => {
    expect(validateAddress(valid)).toEqual([]);
  });

  test('rejects a wrong postcode', () => {
    expect(validateAddress({ ...valid, postcode: '5114' })).toEqual(['postcode 5114 is not valid for DE']);
  });

  test('rejects a country we do not ship to', () => {
    expect(validateAddress({ ...valid, country: 'US' })).toEqual(['we do not ship to US']);
  });

  test.each([
    ['AT', '1010'],
    ['NL', '1012 AB'],
    ['GB', 'SW1A 1AA'],
  ])('accepts a %s postcode', (country, postcode) => {
    expect(validateAddress({ ...valid, country, postcode })).toEqual([]);
  });
});
