import { badField } from './account-errors';

export const MIN_PASSWORD_LENGTH = 10;

export function emailInput(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (email.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(email)) throw badField('email', 'Enter an email address such as name@example.com');
  return email;
}

export function passwordInput(value: unknown): string {
  const password = typeof value === 'string' ? value : '';
  if (password.length < MIN_PASSWORD_LENGTH) throw badField('password', `Use at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 1000) throw badField('password', 'Use at most 1000 characters');
  return password;
}

export function nameInput(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name.length > 200) throw badField('name', 'Use at most 200 characters');
  return name;
}
