'use strict';

const VAT_RATE = 0.19;

function lineTotal(line) {
  if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
    throw new RangeError(`quantity must be a positive integer, got ${line.quantity}`);
  }
  return round(line.quantity * line.unitPrice);
}

function cartTotals(lines, { coupon } = {}) {
  const subtotal = round(lines.reduce((sum, line) => sum + lineTotal(line), 0));
  const discount = coupon ? couponDiscount(subtotal, coupon) : 0;
  const net = round(subtotal - discount);
  const vat = round(net * VAT_RATE);
  return { subtotal, discount, vat, total: round(net + vat) };
}

function couponDiscount(subtotal, coupon) {
  if (coupon.kind === 'percent') {
    return round(subtotal * coupon.value / 100);
  }
  if (coupon.kind === 'fixed') {
    return Math.min(subtotal, coupon.value);
  }
  throw new Error(`unknown coupon kind ${coupon.kind}`);
}

function round(amount) {
  return Math.round(amount * 100) / 100;
}

module.exports = { cartTotals, lineTotal, couponDiscount };
