'use strict';

const { formatPrice } = require('../src/format');

test('formats euros the German way', () => {
  expect(formatPrice(1234.5)).toBe('1.234,50 €');
});

test('formats other currencies with a code', () => {
  expect(formatPrice(12, 'USD')).toBe('USD 12.00');
});
