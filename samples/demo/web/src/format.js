'use strict';

// Shared by the checkout page and the order e-mails; the e-mails are not tested here yet.
function formatPrice(amount, currency = 'EUR') {
  const fixed = amount.toFixed(2);
  const [whole, cents] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return currency === 'EUR' ? `${grouped},${cents} €` : `${currency} ${whole}.${cents}`;
}

function orderSummaryEmail(order, totals) {
  const rows = order.lines.map((l) => `${l.quantity} × ${l.sku}: ${formatPrice(l.quantity * l.unitPrice)}`);
  rows.push(`Total: ${formatPrice(totals.total)}`);
  if (totals.discount > 0) {
    rows.push(`You saved ${formatPrice(totals.discount)}`);
  }
  return [`Thank you for order ${order.id}!`, '', ...rows].join('\n');
}

module.exports = { formatPrice, orderSummaryEmail };
