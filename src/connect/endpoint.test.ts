import { describe, expect, it } from 'vitest';
import { assertEndpoint, endpointProblem } from './endpoint.js';

describe('endpointProblem', () => {
  it.each(['/api/connect', 'api/connect', './connect', '/api/a%5Cb', 'https://api.example.com/connect', 'http://localhost:3000/connect', 'http://127.0.0.1/c', 'http://[::1]:8080/c'])(
    'allows %s',
    (endpoint) => {
      expect(endpointProblem(endpoint)).toBeUndefined();
    },
  );

  it.each([
    ['http://api.example.com/connect', /plain http:/],
    ['http://localhost.evil.com/connect', /plain http:/],
    ['//evil.example/connect', /protocol-relative/],
    // What the URL parser, and so fetch, reads as another host: a backslash is a slash, and tabs,
    // newlines and leading control characters are dropped.
    ['/\\evil.example/connect', /protocol-relative/],
    ['\\\\evil.example/connect', /protocol-relative/],
    ['/\t/evil.example/connect', /protocol-relative/],
    ['\u0001http://evil.example/connect', /plain http:/],
    ['ht\ttp://evil.example/connect', /plain http:/],
    ['http\n://evil.example/connect', /plain http:/],
    ['javascript:alert(1)', /must be an https: URL/],
    // Relative against an http: page, another host against an https: one: not a path.
    ['http:evil.example/connect', /plain http:/],
    ['ws://api.example.com/connect', /must be an https: URL/],
    ['data:text/plain,x', /must be an https: URL/],
    ['file:///etc/passwd', /must be an https: URL/],
    ['https://', /not a valid URL; write it as a path \("\/api\/connect"\) or a full https: URL/],
    ['', /needs an `endpoint` prop/],
  ])('refuses %s with a message that says how to fix it', (endpoint, message) => {
    expect(endpointProblem(endpoint)).toMatch(message);
  });

  it('throws a configuration ConnectError from assertEndpoint', () => {
    expect(() => assertEndpoint(undefined)).toThrowError(/endpoint="\/api\/connect"/);
  });
});
