import { conflict, forbidden, locked, notFound } from '@mam/graphql';
import { asTusRefusal } from './tus-refusal';

it('answers an upload refusal over tus with the HTTP status of its code and its message', () => {
  expect(asTusRefusal(forbidden('This needs the editor role on the asset; you have viewer'))).toEqual({
    status_code: 403,
    body: 'This needs the editor role on the asset; you have viewer\n',
  });
  expect(asTusRefusal(notFound('Asset a not found'))).toEqual({ status_code: 404, body: 'Asset a not found\n' });
  expect(asTusRefusal(conflict('same key'))).toMatchObject({ status_code: 409 });
  expect(asTusRefusal(locked({ holder: 'x', expiresAt: new Date(0) }))).toMatchObject({ status_code: 423 });
});

it('lets anything that is not a refusal go on as it is', () => {
  const failure = new Error('database down');
  expect(asTusRefusal(failure)).toBe(failure);
});
