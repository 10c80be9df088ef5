import { echo, echoName } from './inputErrors';

describe('echo', () => {
  it.each([
    ['a subscription id', '6f1a2b3c-0000-4000-8000-000000000001'],
    ['a resource group', 'rg-platform-production-westeurope-001'],
    ['a version', '1.33.2'],
  ])('quotes %s', (_, value) => {
    expect(echo(value)).toBe(JSON.stringify(value));
  });

  it.each([
    ['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl'],
    ['a client secret', 'Lk8Q~xT3vB5nM7qW9eR1tY3uI5oP7aS9dF1gH3jK'],
    ['a key', 'Vx4kP2mQ9rT6wZ1yB8nC5vF3hJ7lS0dGaE2uI4oK6pM='],
  ])('does not quote %s', (_, value) => {
    expect(echo(value)).toBe(`(${value.length} characters, not shown)`);
    expect(echoName(value)).not.toContain(value.slice(0, 8));
  });

  it('names an array or object without printing it, however deep', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(echo(deep)).toBe('(an array of 1)');
    expect(echo({ a: 1 })).toBe('(an object)');
  });

  it('keeps a long value short', () => {
    expect(echo('x'.repeat(200))).toBe(`"${'x'.repeat(60)}…"`);
  });
});
