import { badInput } from '@mam/graphql';

export const MIN_PASSWORD_LENGTH = 10;

export function emailInput(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (email.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(email))
    throw badInput('Enter an email address such as name@example.com', 'email');
  return email;
}

export function passwordInput(value: unknown): string {
  const password = typeof value === 'string' ? value : '';
  if (password.length < MIN_PASSWORD_LENGTH)
    throw badInput(`Use at least ${MIN_PASSWORD_LENGTH} characters`, 'password');
  if (password.length > 1000) throw badInput('Use at most 1000 characters', 'password');
  return password;
}

export function nameInput(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name.length > 200) throw badInput('Use at most 200 characters', 'name');
  return name;
}
