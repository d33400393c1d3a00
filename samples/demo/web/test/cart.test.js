'use strict';

const { cartTotals, lineTotal } = require('../src/cart');

describe('cart totals', () => {
  test('sums lines and adds VAT', () => {
    expect(cartTotals([{ quantity: 2, unitPrice: 10 }, { quantity: 1, unitPrice: 5.5 }]))
      .toEqual({ subtotal: 25.5, discount: 0, vat: 4.85, total: 30.35 });
  });

  test('applies a percent coupon before VAT', () => {
    const totals = cartTotals([{ quantity: 4, unitPrice: 25 }], { coupon: { kind: 'percent', value: 10 } });
    expect(totals.discount).toBe(10);
    expect(totals.total).toBe(107.1);
  });

  test('a fixed coupon never makes the cart negative', () => {
    const totals = cartTotals([{ quantity: 1, unitPrice: 8 }], { coupon: { kind: 'fixed', value: 20 } });
    expect(totals.discount).toBe(8);
    expect(totals.total).toBe(0);
  });

  test('rejects a zero quantity', () => {
    expect(() => lineTotal({ quantity: 0, unitPrice: 3 })).toThrow(RangeError);
  });
});
