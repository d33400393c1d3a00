'use strict';

const POSTCODE_PATTERNS = {
  DE: /^\d{5}$/,
  AT: /^\d{4}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
};

function validateAddress(address) {
  const errors = [];
  if (!address.name || address.name.trim().length < 2) {
    errors.push('name is required');
  }
  if (!address.street) {
    errors.push('street is required');
  }
  const pattern = POSTCODE_PATTERNS[address.country];
  if (!pattern) {
    errors.push(`we do not ship to ${address.country}`);
  } else if (!pattern.test(address.postcode || '')) {
    errors.push(`postcode ${address.postcode} is not valid for ${address.country}`);
  }
  return errors;
}

function formatAddress(address) {
  const lines = [address.name, address.street];
  if (address.country === 'GB') {
    lines.push(address.city, address.postcode);
  } else {
    lines.push(`${address.postcode} ${address.city}`);
  }
  lines.push(countryName(address.country));
  return lines.join('\n');
}

function countryName(code) {
  switch (code) {
    case 'DE': return 'Germany';
    case 'AT': return 'Austria';
    case 'NL': return 'Netherlands';
    case 'GB': return 'United Kingdom';
    default: return code;
  }
}

module.exports = { validateAddress, formatAddress };
